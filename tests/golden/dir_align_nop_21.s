# .balign 32 in .text after 11 bytes: 21 bytes of NOP padding
	.text
	.skip 11, 0xcc
	.balign 32
	ret
