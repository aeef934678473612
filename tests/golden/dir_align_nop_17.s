# .balign 32 in .text after 15 bytes: 17 bytes of NOP padding
	.text
	.skip 15, 0xcc
	.balign 32
	ret
