	.data
	.byte 0x1234
	.byte 256
