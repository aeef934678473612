	.macro	.mymac v
	.byte	\v
	.endm
	.mymac	5
	.MYMAC	6
