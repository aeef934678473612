	.text 1
	.byte 1
	.pushsection_table __s
	.byte 9
	.popsection
	.byte 2
	.text 0
	.byte 0
