# .balign 32 in .text after 3 bytes: 29 bytes of NOP padding
	.text
	.skip 3, 0xcc
	.balign 32
	ret
