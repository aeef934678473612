	.section .text.init, "ax", @progbits
	nop
	.pushsection .init.__tbl, "a", @progbits
	.quad 1
	.popsection
	ret
