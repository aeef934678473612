	.data
	.4byte 0xfeedface, 6
