	.text
	nop
	.pushsection __tbl, "a", @progbits
	.quad 1
	.popsection
	ret
