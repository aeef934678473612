# .balign 32 in .text after 27 bytes: 5 bytes of NOP padding
	.text
	.skip 27, 0xcc
	.balign 32
	ret
