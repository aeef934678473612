	.text
	jmp 3f
	nop
