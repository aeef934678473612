	.cfi_sections .debug_frame
	.cfi_sections .eh_frame
	.text
f:
	.cfi_startproc
	ret
	.cfi_endproc
	.cfi_sections .eh_frame
	.cfi_sections .debug_frame
	.cfi_sections .eh_frame, .debug_frame
