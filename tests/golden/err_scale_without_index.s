	.text
	movl 4(%rax,,2), %eax
