	.text
f:
	.cfi_startproc
	.cfi_window_save
	nop
	.cfi_negate_ra_state
	ret
	.cfi_endproc
