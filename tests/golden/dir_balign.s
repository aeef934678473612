	.data
	.byte 1
	.balign 8
	.byte 2
	.balign 2, 0x77
	.byte 3
