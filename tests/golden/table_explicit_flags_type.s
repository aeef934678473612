	.text
	.pushsection_table __tn, "aw", @nobits
	.skip 16
	.popsection
	.pushsection_table __tp, "a", @progbits
	.byte 1
	.popsection
