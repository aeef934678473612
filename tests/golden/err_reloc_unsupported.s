	.data
	.byte ext@GOTPCREL
