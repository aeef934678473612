	.text
f:
	.cfi_startproc
	.cfi_personality 0x1b, 1
	.cfi_personality 0x3, a-b
	.cfi_lsda 0x1b, 1
	.cfi_lsda 0x3, a*2
	.cfi_personality 0xff, foo
	.cfi_val_encoded_addr 3, 0x1b, 5
	.cfi_val_encoded_addr 3, 0x40, s
	ret
	.cfi_endproc
