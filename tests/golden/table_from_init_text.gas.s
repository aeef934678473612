	.section .init.text, "ax", @progbits
	nop
	.pushsection .init.__tbl, "a", @progbits
	.quad 1
	.popsection
	ret
