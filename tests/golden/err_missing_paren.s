	.data
	.long (1 + 2
