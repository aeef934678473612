	.text
	.pushsection __tw, "aw"
	.long 1
	.popsection
	.section .init.text, "ax", @progbits
	.pushsection .init.__tw, "aw"
	.long 2
	.popsection
