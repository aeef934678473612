	.data
	.byte 0
	.byte 1, 2, 0x7f, 0x80, 0xff
	.byte -1, -128
