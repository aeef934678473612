	.text
	.byte 0x90
	.pushsection __a, "a", @progbits
	.byte 1
	.pushsection __b, "aw"
	.byte 2
	.pushsection __c, "a", @progbits
	.byte 3
	.popsection
	.popsection
	.byte 4
	.popsection
	.byte 0xc3
