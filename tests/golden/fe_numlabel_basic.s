	.text
1:	nop
	jmp 1b
	jmp 1f
	nop
1:	ret
