	.data
	.long %eax
