	.text 1
	.byte 1
	.data
	.byte 9
	.previous
	.byte 2
	.text 0
	.byte 0
