	.text
	je fwd
	.skip 128, 0x90
fwd:	ret
