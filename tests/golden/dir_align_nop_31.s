# .balign 32 in .text after 1 bytes: 31 bytes of NOP padding
	.text
	.skip 1, 0xcc
	.balign 32
	ret
