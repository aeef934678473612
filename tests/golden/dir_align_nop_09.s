# .balign 32 in .text after 23 bytes: 9 bytes of NOP padding
	.text
	.skip 23, 0xcc
	.balign 32
	ret
