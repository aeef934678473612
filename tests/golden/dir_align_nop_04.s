# .balign 32 in .text after 28 bytes: 4 bytes of NOP padding
	.text
	.skip 28, 0xcc
	.balign 32
	ret
