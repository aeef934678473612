	.equiv LIMIT, 100
	.data
	.long LIMIT, LIMIT + 1
