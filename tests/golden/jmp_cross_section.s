	.text
	jmp other
	je other
	.section .text.other, "ax", @progbits
other:	ret
