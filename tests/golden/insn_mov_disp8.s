	.text
	movl 1(%rax), %ecx
	movl 127(%rax), %ecx
	movl -128(%rax), %ecx
	movl -1(%rbx,%rcx,2), %ecx
