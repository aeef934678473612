	.text
	nop
	.fill 3, 1, 0x90
	.fill 2, 2
	ret
