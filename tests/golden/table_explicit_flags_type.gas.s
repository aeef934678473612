	.text
	.pushsection __tn, "aw", @nobits
	.skip 16
	.popsection
	.pushsection __tp, "a", @progbits
	.byte 1
	.popsection
