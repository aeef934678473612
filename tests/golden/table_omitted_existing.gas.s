	.section __te, "aw", @progbits
	.long 1
	.text
	.pushsection __te, "aw", @progbits
	.long 2
	.popsection
