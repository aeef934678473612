	.text
f:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.text 1
g:
	.cfi_startproc
	nop
	.cfi_def_cfa_offset 32
	ret
	.cfi_endproc
	.text 0
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
