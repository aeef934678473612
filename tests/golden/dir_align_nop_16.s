# .balign 32 in .text after 16 bytes: 16 bytes of NOP padding
	.text
	.skip 16, 0xcc
	.balign 32
	ret
