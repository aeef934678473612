	.data
	.space 4
	.space 2, 0x5a
	.byte 9
