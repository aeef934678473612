	.text
	nop
	.data
	.byte 1
	.previous
	ret
	.previous
	.byte 2
