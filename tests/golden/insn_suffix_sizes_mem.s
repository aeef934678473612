	.text
	movb %al, (%rdi)
	movw %ax, (%rdi)
	movl %eax, (%rdi)
	movq %rax, (%rdi)
	movb (%rdi), %al
	movw (%rdi), %ax
	movl (%rdi), %eax
	movq (%rdi), %rax
