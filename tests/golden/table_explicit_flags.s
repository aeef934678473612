	.text
	.pushsection_table __tw, "aw"
	.long 1
	.popsection
	.section .init.text, "ax", @progbits
	.pushsection_table __tw, "aw"
	.long 2
	.popsection
