	.data
	.short 0x12345
