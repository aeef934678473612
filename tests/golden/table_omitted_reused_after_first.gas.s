# the second use finds the section created by the first one
	.section .init.text, "ax", @progbits
	.pushsection .init.__tr, "a", @progbits
	.long 1
	.popsection
	nop
	.pushsection .init.__tr, "a", @progbits
	.long 2
	.popsection
