	.section .init.text, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .init.data, "aw", @progbits
	.pushsection_table __t
	.long 2
	.popsection
