	.section .text.a, "ax", @progbits
	nop
	.section .meta.a, "ao", @progbits, .text.a
	.byte 1
