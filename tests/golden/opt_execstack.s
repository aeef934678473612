# --execstack with gcc's own (empty-flags) .note.GNU-stack: the section gains SHF_EXECINSTR.
	.text
	.globl	g
g:
	ret
	.section	.note.GNU-stack,"",@progbits
