	.text
f:
	.cfi_startproc
	.fill 63, 1, 0x90
	.cfi_def_cfa_offset 16
	.fill 64, 1, 0x90
	.cfi_def_cfa_offset 24
	.fill 255, 1, 0x90
	.cfi_def_cfa_offset 32
	.fill 1, 1, 0x90
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
