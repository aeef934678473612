# .balign 32 in .text after 9 bytes: 23 bytes of NOP padding
	.text
	.skip 9, 0xcc
	.balign 32
	ret
