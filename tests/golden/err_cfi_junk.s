	.text
f:
	.cfi_startproc
	.cfi_def_cfa_offset 8, 4
	.cfi_remember_state 1
	.cfi_restore_state x
	.cfi_offset %rbx -16
	.cfi_def_cfa %rsp 8
	.cfi_def_cfa_offset x
	.cfi_def_cfa_offset )
	.cfi_sections .eh_frame junk
	.cfi_sections foo
	.cfi_sections .eh_frame,
	.cfi_sections .eh_frame_entry
	.cfi_label 1
	.cfi_offset %foo, 8
	.cfi_endproc junk
