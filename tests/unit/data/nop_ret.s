	.text
	nop
	ret
