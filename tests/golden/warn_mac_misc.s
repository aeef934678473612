	.endm
	.endr
	.exitm
	.purgem	nosuch
	.macro	.byte
	nop
	.endm
	.byte	1
