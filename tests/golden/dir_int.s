	.data
	.int 0x0badf00d, 5
