	.data
	.long x
	.set x, undefined_y + 4
