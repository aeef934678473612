# .altmacro: b=<8> is the positional arguments `b=' and `8', one too many here
	.altmacro
	.macro m a
	.byte a
	.endm
	m b=<8>
	m a=<8>
	m <8>
