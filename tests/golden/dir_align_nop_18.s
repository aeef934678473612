# .balign 32 in .text after 14 bytes: 18 bytes of NOP padding
	.text
	.skip 14, 0xcc
	.balign 32
	ret
