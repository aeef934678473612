	.text
f:
	.cfi_startproc
	nop
	.cfi_val_offset %rbx, -16
	.cfi_val_offset %rbx, 16
	.cfi_val_offset 100, -800
	.cfi_val_offset %rsp, 0
	ret
	.cfi_endproc
g:
	.cfi_startproc
	.cfi_val_offset %rbx, -16
	ret
	.cfi_endproc
