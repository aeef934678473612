# A link-order table holding an entry for a section other than its linked-to
# one: --gc-sections would keep or drop the entry with the wrong code.
	.section .text.a, "ax", @progbits
fa:	nop
	ret
	.section .text.b, "ax", @progbits
fb:	nop
	ret
	.section __ex_table, "ao", @progbits, .text.a
	.long	fa - ., fa + 1 - ., 0
	.long	fb - ., fb + 1 - ., 0
