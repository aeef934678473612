# .balign 32 in .text after 10 bytes: 22 bytes of NOP padding
	.text
	.skip 10, 0xcc
	.balign 32
	ret
