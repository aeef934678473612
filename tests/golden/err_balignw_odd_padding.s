	.data
	.byte 1
	.balignw 8, 0x1234
	.byte 2
	.balignl 16, 0xaabbccdd
