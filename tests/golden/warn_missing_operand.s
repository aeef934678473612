	.data
	.long 1 +
