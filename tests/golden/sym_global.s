	.data
	.global d1, d2
d1:	.long 1
d2:	.long 2
