	.section .s_excl, "e"
	.byte 1
