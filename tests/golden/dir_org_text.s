	.text
	nop
	.org 6, 0x90
	ret
