	.section __te, "aw", @progbits
	.long 1
	.text
	.pushsection_table __te
	.long 2
	.popsection
