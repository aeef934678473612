	.text
top:	.skip 127, 0x90
	jne top
