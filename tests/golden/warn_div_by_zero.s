	.data
	.long 1 / 0
