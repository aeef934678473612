	.data
	.byte 1, 2
	.org 2
	.byte 3
