	.data
	.quad 0x0123456789abcdef, -2, 0
