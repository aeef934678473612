	.section .s_none, ""
	.byte 1
