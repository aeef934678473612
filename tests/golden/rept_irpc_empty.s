# .irpc with no list runs once with an empty value; with an empty string "" it runs no times
	.irpc c
	.byte 1
	.endr
	.irpc c,
	.byte 2
	.endr
	.irpc c, ""
	.byte 3
	.endr
	.irp x, ""
	.byte 4
	.endr
	.irpc c, " "
	.byte 5
	.endr
	.irpc c, 1 2
	.byte \c
	.endr
