	.section .text.inl, "axG", @progbits, inl, comdat
	.weak inl
inl:
	ret
	.section .data.inl, "awG", @progbits, inl, comdat
	.long 1
