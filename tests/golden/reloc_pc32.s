	.data
	.long ext - .
	.text
	movl ext(%rip), %eax
	leaq ext+4(%rip), %rax
	movl $5, ext(%rip)
