	.text
	movq %fs:0, %rax
	movl %gs:0x10, %eax
	movq %fs:(%rax), %rbx
	movl %es:(%rdi), %eax
	movl %cs:4(%rbx,%rcx,2), %eax
	movl %ss:(%rsp), %eax
	movl %ds:(%rax), %eax
	movw %ds, %ax
	movw %ax, %es
