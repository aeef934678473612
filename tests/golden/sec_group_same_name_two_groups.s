	.section .text.f, "axG", @progbits, g1, comdat
	.byte 1
	.section .text.f, "axG", @progbits, g2, comdat
	.byte 2
