	.data
	.long 1
	.pushsection __tbl, "a", @progbits
	.long 2
	.popsection
	.long 3
