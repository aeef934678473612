	.text
	.byte 0x90
	.pushsection .one, "a"
	.byte 1
	.pushsection .two, "aw"
	.byte 2
	.pushsection .three, "ax"
	.byte 3
	.popsection
	.byte 0x22
	.popsection
	.byte 0x11
	.popsection
	.byte 0xc3
