	.data
	.byte 1
	.zero 7
	.byte 2
