	.text
f:
	.cfi_startproc junk
	ret
	.cfi_endproc
