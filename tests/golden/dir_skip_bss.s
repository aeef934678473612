	.bss
a:	.skip 10
b:	.space 6
	.zero 16
	.data
	.quad a, b
