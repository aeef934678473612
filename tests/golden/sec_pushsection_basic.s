	.text
	nop
	.pushsection .data
	.long 1
	.popsection
	ret
