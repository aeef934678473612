	.text
	ret
	.p2align 6
	ret
