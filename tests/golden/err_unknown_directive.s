	.data
	.frobnicate 1
