	.text
f1:
	.cfi_startproc
	.cfi_signal_frame
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	nop
	.cfi_signal_frame
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	.cfi_signal_frame
	.cfi_personality 0x3, pers
	.cfi_lsda 0x3, lsda
	ret
	.cfi_endproc
