	.text
f:
	.cfi_startproc
	nop
	.cfi_signal_frame
	nop
	.cfi_return_column %rip
	ret
	.cfi_endproc
g:
	.cfi_startproc
	ret
	.cfi_endproc
