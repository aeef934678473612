# .balign 32 in .text after 20 bytes: 12 bytes of NOP padding
	.text
	.skip 20, 0xcc
	.balign 32
	ret
