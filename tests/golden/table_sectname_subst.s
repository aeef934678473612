	.text
	nop
	.pushsection_table __tab_%S
	.long 1
	.popsection
	.section .init.text, "ax", @progbits
	.pushsection_table __tab_%S
	.long 2
	.popsection
