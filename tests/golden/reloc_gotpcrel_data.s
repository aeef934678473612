	.data
	.long ext@GOTPCREL
