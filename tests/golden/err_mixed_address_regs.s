	.text
	movl (%eax,%rbx), %ecx
