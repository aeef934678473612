	.data
	.byte "ab", 3
