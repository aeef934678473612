	.text
f:
	.cfi_startproc
	nop
	.cfi_val_encoded_addr %rbp, 0, sym
	.cfi_val_encoded_addr %rbx, 0x1b, sym
	.cfi_val_encoded_addr 3, 0x3, sym+4
	.cfi_val_encoded_addr 3, 0x2, 0x1234
	.cfi_val_encoded_addr 3, 0x10, f
	ret
	.cfi_endproc
