	.section .foo.text, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .bar.text, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
