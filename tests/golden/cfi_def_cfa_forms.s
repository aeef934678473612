	.text
f:
	.cfi_startproc
	nop
	.cfi_def_cfa %rbp, 16
	nop
	.cfi_def_cfa %r12, -16
	nop
	.cfi_def_cfa_offset -24
	nop
	.cfi_def_cfa_offset 1000
	nop
	.cfi_def_cfa 70, 300
	nop
	.cfi_def_cfa_register %r13
	nop
	.cfi_def_cfa_register 100
	ret
	.cfi_endproc
