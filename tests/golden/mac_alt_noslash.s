# .altmacro: parameters are named without a backslash; \name still works
	.altmacro
	.macro m reg, val
	movl $val, %reg
	movl $\val, %\reg
	.endm
	m eax, 1
	m ebx, 0x20
