# .altmacro applies to .irp arguments and bodies
	.altmacro
	.irp x, %3*3, <4>, 5
	.byte x
	.endr
	i = 0
	.rept 3
	.irp y, %i
	.long y
	.endr
	i = i + 1
	.endr
