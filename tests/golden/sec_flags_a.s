	.section .s_a, "a"
	.byte 1
