	.comm buf, 64
	.comm small, 4, 4
	.comm big, 4096, 32
