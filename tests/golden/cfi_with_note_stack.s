	.text
	.globl f
f:
	.cfi_startproc
	ret
	.cfi_endproc
	.ident "GCC: (Debian 12.2.0-14) 12.2.0"
	.section .note.GNU-stack,"",@progbits
