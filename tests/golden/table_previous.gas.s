	.text
	.byte 0x90
	.pushsection __p, "a", @progbits
	.byte 1
	.previous
	.byte 0x91
	.previous
	.byte 2
	.popsection
	.byte 0xc3
