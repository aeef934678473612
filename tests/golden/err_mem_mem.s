	.text
	movl (%rax), (%rbx)
