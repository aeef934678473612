	.data
v:	.long 1
	.eqv ALIAS, v + 4
	.long ALIAS
	.eqv CNT, 3
	.byte CNT
