	.macro	nothing
	.endm
	nothing
	.byte	1
	nothing
