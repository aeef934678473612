	.text
	movq (%rsp), %rax
	movq (%rbp), %rax
	movq (%r12), %rax
	movq (%r13), %rax
	movq 8(%rsp), %rax
	movq 8(%rbp), %rax
	movq -8(%r12), %rax
	movq 0x100(%r13), %rax
