# Forward and backward jumps on both sides of the short-form limit (rel8 reaches -128..127).
	.text
	jmp 1f
	.fill 127, 1, 0x90
1:	jmp 2f
	.fill 128, 1, 0x90
2:	jne 3f
	.fill 127, 1, 0x90
3:	jne 4f
	.fill 128, 1, 0x90
4:
5:	.fill 126, 1, 0x90
	jmp 5b
6:	.fill 127, 1, 0x90
	jmp 6b
7:	.fill 126, 1, 0x90
	je 7b
8:	.fill 127, 1, 0x90
	je 8b
	jmp ext
