	.text
f:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
	popq %rbx
	.cfi_restore %rbx
	.cfi_restore 3, %rbp, 63, 64, %xmm20
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
g:
	.cfi_startproc
	.cfi_restore %rbx
	ret
	.cfi_endproc
