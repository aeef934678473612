	.text
a:	nop
	nop
b:	ret
	.data
	.byte b - a
	.short b - a
	.long b - a
	.quad b - a
