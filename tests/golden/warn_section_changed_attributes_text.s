	.section .text, "aw"
	nop
