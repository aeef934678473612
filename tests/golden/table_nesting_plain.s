	.text
	.byte 0x90
	.pushsection_table __a
	.byte 1
	.pushsection_table __b, "aw"
	.byte 2
	.pushsection_table __c
	.byte 3
	.popsection
	.popsection
	.byte 4
	.popsection
	.byte 0xc3
