	.data
	.byte
	.long
	.byte 1
