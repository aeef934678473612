	.section .text.exit, "ax", @progbits
	nop
	.pushsection_table __tbl
	.quad 1
	.popsection
	ret
