	.section .init.text, "ax", @progbits
	.pushsection .boot.__t, "a", @progbits
	.long 1
	.popsection
	.section .text.exit, "ax", @progbits
	.pushsection .exit.__t, "a", @progbits
	.long 2
	.popsection
