	.text
	movb %al, %bl
	movw %ax, %bx
	movl %eax, %ebx
	movq %rax, %rbx
	movq %r8, %r15
	movl %r9d, %eax
	movw %r10w, %r11w
	movb %r12b, %r13b
	mov %rsp, %rbp
