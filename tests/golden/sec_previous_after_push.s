	.text
	.byte 0x90
	.data
	.byte 1
	.pushsection .foo, "a"
	.byte 2
	.previous
	.byte 3
	.previous
	.byte 4
	.popsection
	.byte 5
