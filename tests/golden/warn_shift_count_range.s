	.data
	.quad 1 << 64
