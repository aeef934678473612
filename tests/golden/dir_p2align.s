	.data
	.byte 1
	.p2align 3
	.byte 2
	.p2align 2, 0x55
	.byte 3
