	.section .s_str2, "aMS", @progbits, 2
	.short 0x41, 0
