# .balign 32 in .text after 12 bytes: 20 bytes of NOP padding
	.text
	.skip 12, 0xcc
	.balign 32
	ret
