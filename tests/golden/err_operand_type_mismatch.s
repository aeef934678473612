	.text
	mov %eax, %rbx
