	.section .init.text, "ax", @progbits
	.pushsection_table __tg, "aG", @progbits, tgroup, comdat
	.long 1
	.popsection
