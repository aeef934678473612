	.text
	movl %eax, %bx
