	.data
	.fill 3
	.fill 2, 1, 0xaa
	.fill 2, 2, 0x1234
	.fill 2, 4, 0x11223344
	.fill 1, 8, 0x1122334455667788
	.fill 0, 4, 1
