	.text
	movabsq (%rax), %rbx
