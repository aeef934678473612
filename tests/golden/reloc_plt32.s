	.text
	call func@PLT
	jmp func@PLT
