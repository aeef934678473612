# .balign 32 in .text after 7 bytes: 25 bytes of NOP padding
	.text
	.skip 7, 0xcc
	.balign 32
	ret
