	.section .s_retain, "aR", @progbits
	.byte 1
