# .balign 32 in .text after 30 bytes: 2 bytes of NOP padding
	.text
	.skip 30, 0xcc
	.balign 32
	ret
