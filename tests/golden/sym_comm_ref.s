	.comm shared, 16, 8
	.text
	movq shared(%rip), %rax
