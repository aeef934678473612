	.text
f:
	.cfi_startproc
	.cfi_escape 0x100, 0x2e
	ret
	.cfi_endproc
