# the first matching --table-map wins
	.section .x.abc, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .x.bcd, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
