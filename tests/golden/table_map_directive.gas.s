	.section .foo.text, "ax", @progbits
	.pushsection .foo.__t, "a", @progbits
	.long 1
	.popsection
	.section .init.text, "ax", @progbits
	.pushsection .init.__t, "a", @progbits
	.long 2
	.popsection
