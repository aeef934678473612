	.section .exit.__tb, "aw", @nobits
	.skip 4
	.section .exit.text, "ax", @progbits
	.pushsection .exit.__tb, "aw", @nobits
	.skip 8
	.popsection
