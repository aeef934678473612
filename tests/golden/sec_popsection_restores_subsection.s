	.data 2
	.byte 2
	.pushsection .other
	.byte 9
	.popsection
	.byte 3
	.data 0
	.byte 0
