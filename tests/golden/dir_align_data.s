	.data
	.byte 1
	.align 4
	.byte 2
	.align 16
	.byte 3
