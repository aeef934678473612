	.text
f1:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	ret
	.cfi_def_cfa_offset 8
	.cfi_endproc
f4:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -24
	ret
	.cfi_endproc
