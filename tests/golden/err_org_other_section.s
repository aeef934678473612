	.text
t:	nop
	.data
	.org t + 4
