	.data
	.byte 1
	.align 0
	.byte 2
	.p2align 0
	.byte 3
