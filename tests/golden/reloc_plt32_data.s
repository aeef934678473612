	.data
	.long func@PLT
