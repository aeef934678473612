	.text
	movl (%rax,%rbx), %ecx
	movl (%rax,%rbx,1), %ecx
	movl (%rax,%rbx,2), %ecx
	movl (%rax,%rbx,4), %ecx
	movl (%rax,%rbx,8), %ecx
	movl (%r8,%r9,4), %ecx
	movl (%rsp,%rbp,2), %ecx
	movl (%rbp,%rax), %ecx
	movl (%r13,%r12,8), %ecx
	movl 16(%rax,%rcx,4), %edx
