	.text
	.byte 0
	.pushsection .text, 1
	.byte 1
	.popsection
	.byte 2
