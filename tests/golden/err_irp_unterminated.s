	.rept	3
	.byte	1
	.endr
	.irp	x,1
	.byte	\x
