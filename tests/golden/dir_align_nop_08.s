# .balign 32 in .text after 24 bytes: 8 bytes of NOP padding
	.text
	.skip 24, 0xcc
	.balign 32
	ret
