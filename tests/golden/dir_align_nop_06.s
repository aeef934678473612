# .balign 32 in .text after 26 bytes: 6 bytes of NOP padding
	.text
	.skip 26, 0xcc
	.balign 32
	ret
