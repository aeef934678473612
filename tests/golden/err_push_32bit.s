	.text
	pushl %eax
