	.data
	.skip -4
