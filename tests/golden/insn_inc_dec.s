	.text
	incb %al
	incw %ax
	incl %eax
	incq %rax
	incl (%rdi)
	decb %bl
	decw %bx
	decl %r8d
	decq 8(%rsp)
