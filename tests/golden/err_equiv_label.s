	.data
lbl:	.byte 0
	.equiv lbl, 5
