	.data
	.long SZ
	.quad tail - head
head:	.space 24
tail:
	.equ SZ, tail - head
