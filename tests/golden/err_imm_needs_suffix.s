	.text
	movl %eax, $5
