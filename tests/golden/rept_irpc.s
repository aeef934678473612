	.irpc	c, 0123
	.byte	\c
	.endr
	.irpc	c, abc
	.ascii	"\c\c"
	.endr
