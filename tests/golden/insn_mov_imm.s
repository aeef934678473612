	.text
	movb $0x12, %al
	movw $0x1234, %ax
	movl $0x12345678, %eax
	movq $0x12345678, %rax
	movq $-1, %rax
	movq $0x123456789, %rax
	movabsq $0x1122334455667788, %rbx
	movl $1, %r10d
	movq $0, %r15
