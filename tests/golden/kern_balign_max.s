	.text
	nop
	.balign	16, 0xcc, 3
	nop
	.balign	8, 0xcc
	.balign	16, , 7
	ret
