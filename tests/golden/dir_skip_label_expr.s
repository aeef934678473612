	.text
start:
	nop
	jmp 1f
1:	.skip 16 - (. - start), 0xcc
	ret
