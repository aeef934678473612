	.data
	.2byte 0x3344, 4
