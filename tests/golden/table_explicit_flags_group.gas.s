	.section .init.text, "ax", @progbits
	.pushsection .init.__tg, "aG", @progbits, tgroup, comdat
	.long 1
	.popsection
