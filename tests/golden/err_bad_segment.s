	.text
	movl %xs:(%rax), %eax
