# .balign 32 in .text after 21 bytes: 11 bytes of NOP padding
	.text
	.skip 21, 0xcc
	.balign 32
	ret
