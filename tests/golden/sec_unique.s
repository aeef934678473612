	.section .text, "ax", @progbits, unique, 1
	nop
	.section .text, "ax", @progbits, unique, 2
	ret
	.text
	int3
