# one byte further than rel8 can reach: near jmp
	.text
top:	.skip 127, 0x90
	jmp top
