	.text
	jmp e
	.p2align 4
	.skip 100, 0x90
e:	ret
