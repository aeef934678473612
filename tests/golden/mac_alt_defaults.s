# .altmacro: defaults, keyword arguments and quoted strings
	.altmacro
	.macro m a=<1>, b=%2+3
	.byte a, b
	.endm
	m
	m , 7
	m %4*4, <8>
	.macro s str
	.ascii str
	.endm
	s "ab"
	s <"c!!d">
