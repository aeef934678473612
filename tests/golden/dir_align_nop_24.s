# .balign 32 in .text after 8 bytes: 24 bytes of NOP padding
	.text
	.skip 8, 0xcc
	.balign 32
	ret
