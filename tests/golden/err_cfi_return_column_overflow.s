	.text
f:
	.cfi_startproc
	.cfi_return_column 300
	ret
	.cfi_endproc
