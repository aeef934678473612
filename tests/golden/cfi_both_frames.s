	.cfi_sections .eh_frame, .debug_frame
	.text
f1:
	.cfi_startproc
	.cfi_personality 0x9b, pers
	pushq %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	popq %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	ret
	.cfi_endproc
