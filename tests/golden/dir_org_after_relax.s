	.text
	jmp 1f
	.skip 140, 0x90
1:	ret
	.org 0x100, 0xcc
	int3
