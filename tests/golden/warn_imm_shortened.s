	.text
	movb $0x1234, %al
	addl $0x123456789, %eax
