	.text
1:	nop
	.data
	.byte 1b
