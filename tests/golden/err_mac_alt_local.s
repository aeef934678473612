# .altmacro errors: LOCAL reusing a parameter name, % on a non-constant
	.altmacro
	.macro m a
	LOCAL a
	.byte a
	.endm
	m 1
	.macro q x
	LOCAL y, y
y:	.byte x
	.endm
	q 2
	.macro k x
	.byte x
	.endm
	k %undefined_sym
	k %eax
