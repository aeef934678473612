	.data
a:	.long b - a
	.quad b - .
b:	.long 0
