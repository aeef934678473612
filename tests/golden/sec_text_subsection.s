	.text 1
	.byte 0x11
	.text 0
	.byte 0x00
	.text 2
	.byte 0x22
	.text
	.byte 0x01
	.text 1
	.byte 0x12
