	.rept	-1
	.byte	1
	.endr
	.rept	x
	.byte	1
	.endr
	.irp
	.endr
	.irpc
	.endr
