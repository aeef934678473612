	.data
	.byte 3 * 4, (1 << 7) - 1, 'A + 1
