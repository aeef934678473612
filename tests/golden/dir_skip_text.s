	.text
	nop
	.skip 3
	ret
