	.data
	.quad ext - 100
	.long ext - 0x10
	.text
	movl ext-8(%rip), %eax
