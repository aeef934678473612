	.text
	leaq ext@GOTPCREL(%rip), %rax
	movq ext@GOTPCREL+4(%rip), %rax
