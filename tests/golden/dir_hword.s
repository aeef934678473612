	.data
	.hword 0xbeef, 1
