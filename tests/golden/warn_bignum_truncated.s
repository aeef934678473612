	.data
	.quad 0x1ffffffffffffffff
