	.section .foo.text, "ax", @progbits
	.pushsection .foo.__t, "a", @progbits
	.long 1
	.popsection
	.section .bar.text, "ax", @progbits
	.pushsection __t, "a", @progbits
	.long 2
	.popsection
