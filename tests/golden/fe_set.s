	.set a, 5
	.set b, a * 2
	.data
	.long a, b
	.set a, 7
	.long a
