	.data
	.byte ext - .
