	.text
	movl (%rax), %ecx
	movl (%rbx), %ecx
	movl (%rcx), %ecx
	movl (%rdx), %ecx
	movl (%rsi), %ecx
	movl (%rdi), %ecx
	movl (%r8), %ecx
	movl (%r15), %ecx
	movl %ecx, (%r9)
