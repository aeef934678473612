	.text
	nop
	.p2align 4,,10
	ret
	.p2align 4,,7
	ret
