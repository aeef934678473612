# .altmacro: %expr dividing by zero warns and passes the dividend (0 for %), as gas does
	.altmacro
	.macro m a, b=2, c=3
	.ascii "[a][b][c]"
	.endm
	m %3/0, %(3%0), %-7/0
	m %1+(5/0)
	.irp x, %8/0, %8%0
	.byte x
	.endr
