	.text
	movl %eaxx, %ebx
