	.text
	jmp nowhere
	jg nowhere
	call nowhere
