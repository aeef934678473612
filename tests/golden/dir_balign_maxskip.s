	.data
	.byte 1
	.balign 8, 0, 2
	.byte 2
	.balign 4, 0, 3
	.byte 3
