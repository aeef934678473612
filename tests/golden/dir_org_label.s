	.data
start:
	.long 1
	.org start + 12
	.long 2
