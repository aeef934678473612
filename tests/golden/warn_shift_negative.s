	.data
	.long -16 >> 2
