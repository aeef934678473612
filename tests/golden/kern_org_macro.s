	.macro	entry v
0:	.long	\v
	.org	0b+8, 0xee
	.endm
	.data
	entry	1
	entry	2
