	.text
	movb $1, (%rax)
	movw $2, (%rax)
	movl $3, (%rax)
	movq $4, (%rax)
	movq $-5, 8(%rbx)
