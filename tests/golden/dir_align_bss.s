	.bss
	.byte 0
	.balign 32
x:	.skip 4
	.data
	.quad x
