	.text
f:
	.cfi_startproc
	.cfi_offset %rbx, -12
	.cfi_val_offset %rbx, 4
	.cfi_rel_offset %rbx, 1
	ret
	.cfi_endproc
