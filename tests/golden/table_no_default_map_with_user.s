	.section .init.text, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .exit.text, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
