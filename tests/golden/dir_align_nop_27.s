# .balign 32 in .text after 5 bytes: 27 bytes of NOP padding
	.text
	.skip 5, 0xcc
	.balign 32
	ret
