	.text
	movl (%rax,%rsp,2), %ecx
