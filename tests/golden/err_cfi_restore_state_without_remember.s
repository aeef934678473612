	.text
f:
	.cfi_startproc
	.cfi_remember_state
	.cfi_restore_state
	.cfi_restore_state
	ret
	.cfi_endproc
