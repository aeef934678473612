	.data
	.byte 1
	.org 8
	.byte 2
	.org 0x10, 0xaa
	.byte 3
