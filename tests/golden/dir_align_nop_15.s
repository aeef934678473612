# .balign 32 in .text after 17 bytes: 15 bytes of NOP padding
	.text
	.skip 17, 0xcc
	.balign 32
	ret
