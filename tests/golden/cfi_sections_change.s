	.text
f1:
	.cfi_startproc
	ret
	.cfi_endproc
	.cfi_sections .eh_frame, .debug_frame
f2:
	.cfi_startproc
	nop
	.cfi_def_cfa_offset 16
	ret
	.cfi_endproc
	.cfi_sections .eh_frame
f3:
	.cfi_startproc
	ret
	.cfi_endproc
