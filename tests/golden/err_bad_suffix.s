	.text
	movq %eax, %ebx
