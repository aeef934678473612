	.section .text.a, "axG", @progbits, ga, comdat
	ret
	.section .text.b, "axG", @progbits, gb, comdat
	ret
