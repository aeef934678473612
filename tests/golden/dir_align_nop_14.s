# .balign 32 in .text after 18 bytes: 14 bytes of NOP padding
	.text
	.skip 18, 0xcc
	.balign 32
	ret
