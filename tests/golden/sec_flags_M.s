	.section .s_merge, "aM", @progbits, 4
	.long 1, 2
