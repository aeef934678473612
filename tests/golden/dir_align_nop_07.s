# .balign 32 in .text after 25 bytes: 7 bytes of NOP padding
	.text
	.skip 25, 0xcc
	.balign 32
	ret
