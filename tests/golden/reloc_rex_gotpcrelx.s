	.text
	movq ext@GOTPCREL(%rip), %rax
	movq ext@GOTPCREL(%rip), %r10
	addq ext@GOTPCREL(%rip), %rcx
	cmpq %rdx, ext@GOTPCREL(%rip)
