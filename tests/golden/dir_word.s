	.data
	.word 0xcafe, 2
