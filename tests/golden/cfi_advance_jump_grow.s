	.text
f:
	.cfi_startproc
	jmp .L1
	.cfi_def_cfa_offset 16
	.fill 60, 1, 0x90
	jmp .L1
	.cfi_def_cfa_offset 24
	.fill 58, 1, 0x90
	jmp .L1
	.cfi_def_cfa_offset 32
	.fill 10, 1, 0x90
.L1:
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
