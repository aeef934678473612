	.section .data.init, "aw", @progbits
	.byte 0
	.pushsection .init.__tbl, "a", @progbits
	.quad 1
	.popsection
	.byte 1
