	.text
	nop
	.p2align 3, 0xcc
	ret
