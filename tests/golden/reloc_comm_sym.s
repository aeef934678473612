	.comm cbuf, 8, 8
	.data
	.quad cbuf
