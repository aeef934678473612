	.text
	.cfi_endproc
	ret
