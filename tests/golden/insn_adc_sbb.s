	.text
	adcl %eax, %ebx
	adcq $1, %rax
	sbbl %ecx, %edx
	sbbq $-1, (%rdi)
