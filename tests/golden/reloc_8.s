	.data
	.byte ext
	.byte ext + 1
