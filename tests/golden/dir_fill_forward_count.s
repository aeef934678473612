	.data
	.fill n, 1, 0
	.set n, 4
