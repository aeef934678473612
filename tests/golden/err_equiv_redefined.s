	.equiv X, 1
	.equiv X, 2
