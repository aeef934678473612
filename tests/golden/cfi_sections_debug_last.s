	.text
f1:
	.cfi_startproc
	ret
	.cfi_endproc
	.cfi_sections .debug_frame
f2:
	.cfi_startproc
	ret
	.cfi_endproc
