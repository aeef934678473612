# forward displacement of 128 forces the near form
	.text
	jmp fwd
	.skip 128, 0x90
fwd:	ret
