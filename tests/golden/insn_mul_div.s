	.text
	imull %ecx, %eax
	imulq $10, %rax, %rbx
	imulq $1000, %rcx, %rdx
	mull %ecx
	divq %rcx
	idivl (%rdi)
	cqto
	cltq
	cltd
