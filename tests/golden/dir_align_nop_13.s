# .balign 32 in .text after 19 bytes: 13 bytes of NOP padding
	.text
	.skip 19, 0xcc
	.balign 32
	ret
