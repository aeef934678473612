	.section .s_ax, "ax"
	nop
