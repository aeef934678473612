# .altmacro: %expr passes the decimal value of an expression
	.altmacro
	.macro bytes a, b, c
	.byte a, b, c
	.endm
	n = 5
	bytes %1+2, %n*3, %-4
	bytes %(n<<2)-1, %0x10, 7
