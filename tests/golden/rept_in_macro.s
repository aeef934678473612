	.macro	fill_n n, v
	.rept	\n
	.byte	\v
	.endr
	.endm
	fill_n	3, 1
	fill_n	2, 2
