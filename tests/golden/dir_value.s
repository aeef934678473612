	.data
	.value 0x1122, 3
