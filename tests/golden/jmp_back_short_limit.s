# jmp rel8 reaches back exactly -128
	.text
top:	.skip 126, 0x90
	jmp top
