	.data
	.short 0x1234, -1, 65535
