# --size-check=error is the default.
	.data
	.size d, d - 1b
d:	.quad 1
1:
