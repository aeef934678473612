# .altmacro: NAME=VALUE is not a keyword argument but positional text (b=<8> is two arguments)
	.altmacro
	.macro m a, b=2, c=3
	.ascii "[a][b][c]"
	.endm
	m 1, b=<8>
	m b=8 c=9
	m b = 8
	m b=%1+1
	m b==1
	.noaltmacro
	m b=8 c=9
