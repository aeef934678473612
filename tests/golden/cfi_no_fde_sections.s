	.text
	nop
	.cfi_sections .eh_frame
	.data
	.long 1
