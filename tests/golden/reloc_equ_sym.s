	.data
v:	.long 0
	.set alias, v + 4
	.quad alias
