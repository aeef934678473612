	.data
	.type arr, @object
	.size arr, 12
arr:	.long 1, 2, 3
