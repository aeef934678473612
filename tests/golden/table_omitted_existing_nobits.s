	.section .exit.__tb, "aw", @nobits
	.skip 4
	.section .exit.text, "ax", @progbits
	.pushsection_table __tb
	.skip 8
	.popsection
