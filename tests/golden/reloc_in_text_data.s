	.text
	.quad ext
	.long ext
	nop
