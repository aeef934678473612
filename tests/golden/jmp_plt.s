	.text
	jmp ext@PLT
	call ext@PLT
