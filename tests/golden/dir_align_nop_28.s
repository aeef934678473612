# .balign 32 in .text after 4 bytes: 28 bytes of NOP padding
	.text
	.skip 4, 0xcc
	.balign 32
	ret
