	.text
	movl 128(%rax), %ecx
	movl -129(%rax), %ecx
	movl 0x12345678(%rax), %ecx
	movl -0x1000(%rbx,%rcx,2), %ecx
