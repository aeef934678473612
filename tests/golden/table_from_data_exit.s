	.section .data.exit, "aw", @progbits
	.byte 0
	.pushsection_table __tbl
	.quad 1
	.popsection
	.byte 1
