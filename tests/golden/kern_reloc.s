	.text
	call	foo
	.reloc	., R_X86_64_NONE, bar
	call	baz
	.reloc	1f, R_X86_64_NONE, qux+4
1:	nop
	.reloc	0, R_X86_64_64, sym
	.quad	0
	.reloc	., R_X86_64_NONE
	.reloc	.-2, R_X86_64_PC32, loc
loc:
	.data
	.reloc	., BFD_RELOC_NONE, foo
	.long	0
