	.section .exit.data, "aw", @progbits
	.pushsection_table __tm, "aM", @progbits, 8
	.quad 1, 2
	.popsection
