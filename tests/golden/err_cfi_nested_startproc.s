	.text
f:
	.cfi_startproc
	.cfi_startproc
	ret
	.cfi_endproc
