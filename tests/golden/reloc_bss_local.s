	.bss
	.skip 8
lb:	.skip 8
	.data
	.quad lb
