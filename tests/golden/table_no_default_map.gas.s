	.section .init.text, "ax", @progbits
	.pushsection __t, "a", @progbits
	.long 1
	.popsection
	.section .exit.text, "ax", @progbits
	.pushsection __t, "a", @progbits
	.long 2
	.popsection
