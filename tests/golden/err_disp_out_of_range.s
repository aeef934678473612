	.text
	movl 0x123456789(%rax), %eax
