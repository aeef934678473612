	.data
	.byte 1
	.align 8, 0xee
	.byte 2
