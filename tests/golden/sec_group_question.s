	.section .text.q, "axG", @progbits, qg, comdat
	ret
	.section .data.q, "aw?", @progbits
	.long 1
