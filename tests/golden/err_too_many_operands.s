	.text
	addl %eax, %ebx, %ecx
