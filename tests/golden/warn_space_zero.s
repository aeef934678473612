	.data
	.space 0
	.byte 9
