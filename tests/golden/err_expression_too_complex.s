	.data
	.long ext1 + ext2
