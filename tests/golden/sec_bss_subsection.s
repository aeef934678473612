	.bss 1
	.skip 4
	.bss
b0:	.skip 2
	.bss 1
b1:	.skip 8
	.data
	.quad b0, b1
