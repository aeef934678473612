# Macro arguments: blanks inside (...) and [...] do not split (commas do); .altmacro
# tracks parentheses too
	.macro m a, b, c
	.ascii "[\a][\b][\c]"
	.endm
	m ( 1 )
	m (1 2) 3
	m (1, 2) 3
	m x(1 2)
	m [1 2] 3
	m ( 'a )
	m ('a 'b)
	m {1 2} 3
	m (1 2
	m 1) 2
	m ([1 2) 3] 4
	m ((1) 2) 3
	m (1)) 2 3
	m ( ) x
	.altmacro
	.macro n a, b, c
	.ascii "[a][b][c]"
	.endm
	n (1 2) 3
	n (1 <a b> 2) 3
	n [1 2] 3
	n (1, 2) 3
