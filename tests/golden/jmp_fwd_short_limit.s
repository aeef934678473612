# forward displacement of exactly 127 stays short
	.text
	jmp fwd
	.skip 127, 0x90
fwd:	ret
