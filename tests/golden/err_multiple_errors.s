	.text
	frob
	nop
	movl %eax, %bx
	.data
	.bogus
	.byte 1 2
