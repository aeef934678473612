	.text
f:
	.cfi_startproc
	.cfi_endproc
g:
	.cfi_startproc
	nop
	.cfi_def_cfa_offset 16
	.cfi_endproc
