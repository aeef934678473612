# .init (no dot after it) does not match .init.*
	.section .init, "ax", @progbits
	nop
	.pushsection_table __tbl
	.long 1
	.popsection
