	.data 3
	.long 3
	.data
	.long 0
	.data 1
	.long 1
