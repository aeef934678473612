# .balign 32 in .text after 13 bytes: 19 bytes of NOP padding
	.text
	.skip 13, 0xcc
	.balign 32
	ret
