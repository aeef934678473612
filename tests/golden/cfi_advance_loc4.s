	.text
f:
	.cfi_startproc
	pushq %rbp
	.cfi_def_cfa_offset 16
	.skip 65536, 0x90
	.cfi_def_cfa_offset 24
	.skip 100000, 0x90
	popq %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
