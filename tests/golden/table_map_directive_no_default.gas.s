	.section .data.init, "aw", @progbits
	.pushsection .dinit.__t, "a", @progbits
	.long 1
	.popsection
	.section .text.init, "ax", @progbits
	.pushsection __t, "a", @progbits
	.long 2
	.popsection
