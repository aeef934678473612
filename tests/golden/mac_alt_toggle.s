# .noaltmacro restores the ordinary argument syntax
	.altmacro
	.macro m a
	.byte \a
	.endm
	m %2*3
	.noaltmacro
	m 4
	.macro k a
	.byte 1, a
	.endm
	a = 9
	k 5
	.altmacro
	k 5
