# .balign 32 in .text after 2 bytes: 30 bytes of NOP padding
	.text
	.skip 2, 0xcc
	.balign 32
	ret
