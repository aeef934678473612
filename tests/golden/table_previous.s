	.text
	.byte 0x90
	.pushsection_table __p
	.byte 1
	.previous
	.byte 0x91
	.previous
	.byte 2
	.popsection
	.byte 0xc3
