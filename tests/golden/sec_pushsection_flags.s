	.text
	nop
	.pushsection .tab, "a", @progbits
	.long 2
	.popsection
	ret
