	.equ X, 1
	.data
	.byte X
	.equ X, 2
	.byte X
