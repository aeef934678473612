	.text
	pushq %rax
	pushq %r15
	pushq (%rdi)
	pushq $1
	pushq $0x1000
	pushw %ax
	push %rbp
	popq %rax
	popq %r12
	popq 8(%rsp)
	pop %rbp
	pushfq
	popfq
