# .altmacro: <...> delimits string arguments, ! escapes the next character
	.altmacro
	.macro str s
	.ascii "s"
	.endm
	str <hello world>
	str <a,b>
	str <x!>y>
	str <p!!q>
	.macro two a, b
	.byte a
	.byte b
	.endm
	two <1, 2>, 3
