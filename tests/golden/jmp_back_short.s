	.text
top:	nop
	jmp top
