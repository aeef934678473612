	.text
a:	jmp c
	.skip 60, 0x90
	je d
	.skip 63, 0x90
	jmp a
c:	.skip 3, 0x90
d:	ret
