	.text
f:
	.cfi_startproc
	.cfi_escape
	ret
	.cfi_endproc
