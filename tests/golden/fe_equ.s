	.equ SIZE, 16
	.equ MASK, SIZE - 1
	.data
	.long SIZE, MASK
