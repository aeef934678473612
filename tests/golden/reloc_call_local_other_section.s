	.text
	call helper
	.section .text.unlikely, "ax", @progbits
	nop
helper:	ret
