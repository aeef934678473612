	.data
c:	.long 0
	.comm c, 4
