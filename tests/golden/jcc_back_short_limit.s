	.text
top:	.skip 126, 0x90
	jne top
