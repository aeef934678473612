	.text
	jmp 1b
