	.text
f:
	.cfi_startproc
	.cfi_label f
	ret
	.cfi_endproc
