# the first matching --table-map wins
	.section .x.abc, "ax", @progbits
	.pushsection .first.__t, "a", @progbits
	.long 1
	.popsection
	.section .x.bcd, "ax", @progbits
	.pushsection .second.__t, "a", @progbits
	.long 2
	.popsection
