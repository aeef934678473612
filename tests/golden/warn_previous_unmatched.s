	.previous
	.text
	nop
