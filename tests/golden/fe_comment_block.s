	.text
	nop /* inline block comment */
	/* comment before */ ret
	.byte /* between */ 7
	.byte 1 /* a */ , /* b */ 2
