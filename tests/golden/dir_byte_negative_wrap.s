	.data
	.byte -129, -255
