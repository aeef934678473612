	.section .s_num, "0x3"
	.byte 1
	.section .s_num2, "a0x200000"
	.byte 2
