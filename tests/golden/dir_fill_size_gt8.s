	.data
	.fill 1, 3, 0x112233
	.fill 1, 5, 0x1122334455
