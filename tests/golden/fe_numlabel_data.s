	.data
1:	.long 1b - .
	.long 1f - 1b
	.byte 0
1:	.quad 1b
