# .balign 32 in .text after 22 bytes: 10 bytes of NOP padding
	.text
	.skip 22, 0xcc
	.balign 32
	ret
