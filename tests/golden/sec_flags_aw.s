	.section .s_aw, "aw"
	.byte 1
