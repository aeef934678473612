	.section .s_str, "aMS", @progbits, 1
	.asciz "hello"
	.asciz "world"
