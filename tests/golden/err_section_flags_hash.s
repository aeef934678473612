	.section .s_num2, 0x3
	.byte 2
