	.text
	.rept	3
1:	nop
	jmp	1b
	.endr
