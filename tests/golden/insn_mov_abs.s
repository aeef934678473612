	.text
	movl 0x1000, %eax
	movq 0x12345678, %rbx
	movl %ecx, 0x20
	movl sym, %eax
	movabsq 0x1122334455667788, %rax
	movabsl %eax, 0x1122334455667788
	.data
sym:	.long 0
