	.text
f:
	.cfi_startproc
	.fill 256, 1, 0x90
	.cfi_def_cfa_offset 16
	.fill 65535, 1, 0x90
	.cfi_def_cfa_offset 24
	ret
	.cfi_endproc
