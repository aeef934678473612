	.DATA
	.BYTE 1
	.Long 2
