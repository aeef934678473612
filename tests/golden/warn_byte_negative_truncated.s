	.data
	.byte -256, -257
