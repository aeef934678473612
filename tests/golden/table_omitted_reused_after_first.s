# the second use finds the section created by the first one
	.section .init.text, "ax", @progbits
	.pushsection_table __tr
	.long 1
	.popsection
	nop
	.pushsection_table __tr
	.long 2
	.popsection
