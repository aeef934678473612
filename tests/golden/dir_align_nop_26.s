# .balign 32 in .text after 6 bytes: 26 bytes of NOP padding
	.text
	.skip 6, 0xcc
	.balign 32
	ret
