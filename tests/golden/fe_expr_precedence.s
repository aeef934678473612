	.data
	.long 1 + 2 * 3
	.long 1 | 2 + 4
	.long 2 * 3 << 1
	.long 1 + 1 == 2
	.long 1 == 1 && 2 == 2
	.long 0 && 1 || 1
	.long 8 & 12 ^ 3
	.long 10 - 2 - 3
