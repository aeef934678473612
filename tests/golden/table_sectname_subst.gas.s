	.text
	nop
	.pushsection __tab_%S, "a", @progbits
	.long 1
	.popsection
	.section .init.text, "ax", @progbits
	.pushsection .init.__tab_%S, "a", @progbits
	.long 2
	.popsection
