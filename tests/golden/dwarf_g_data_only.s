	.data
	.long 1
	.text
	.data
	nop
