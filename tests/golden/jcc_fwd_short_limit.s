	.text
	je fwd
	.skip 127, 0x90
fwd:	ret
