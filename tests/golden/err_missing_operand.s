	.text
	movl %eax
