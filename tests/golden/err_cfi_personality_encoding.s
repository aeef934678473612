	.text
f:
	.cfi_startproc
	.cfi_personality 0x40, foo
	.cfi_personality 0x100, foo
	.cfi_personality 0x1, foo
	.cfi_personality 0x9, foo
	.cfi_personality 0x5, foo
	.cfi_personality 0x30, foo
	.cfi_lsda 0x9, x
	.cfi_lsda 0x50, x
	.cfi_lsda -1, x
	ret
	.cfi_endproc
