	.text
	jmp 1f
	.skip 130, 0x90
1:	jmp 1b
	.skip 200, 0x90
	jmp 1b
