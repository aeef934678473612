	.section .s_awx, "awx", @progbits
	nop
