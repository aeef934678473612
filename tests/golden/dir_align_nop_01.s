# .balign 32 in .text after 31 bytes: 1 bytes of NOP padding
	.text
	.skip 31, 0xcc
	.balign 32
	ret
