	.data
	.long func@PLT - .
