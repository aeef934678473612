	.data
a:	.long 0
	.text
b:	nop
	.data
	.long b - a
