	.text
	addz %eax, %ebx
