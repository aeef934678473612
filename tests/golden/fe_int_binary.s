	.data
	.long 0b0, 0b1, 0b1010, 0B11111111
