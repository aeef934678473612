	.data
	.long 0x123456789
	.long 4294967296
