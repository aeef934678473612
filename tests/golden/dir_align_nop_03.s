# .balign 32 in .text after 29 bytes: 3 bytes of NOP padding
	.text
	.skip 29, 0xcc
	.balign 32
	ret
