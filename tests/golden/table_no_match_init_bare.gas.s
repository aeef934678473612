# .init (no dot after it) does not match .init.*
	.section .init, "ax", @progbits
	nop
	.pushsection __tbl, "a", @progbits
	.long 1
	.popsection
