	.data
	.skip 9
	.p2align 4, 0xff, 3
	.byte 1
