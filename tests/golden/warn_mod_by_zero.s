	.data
	.long 5 % 0
