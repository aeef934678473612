	.text
	movl (%rax,%rbx,3), %ecx
