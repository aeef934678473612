	.data
	.skip undefined_count
