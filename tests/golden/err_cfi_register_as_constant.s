	.text
f:
	.cfi_startproc
	.cfi_def_cfa_offset %rbx
	.cfi_adjust_cfa_offset %rbx, 8
	.cfi_offset %rbx, %rcx
	.cfi_personality %rbx, 8
	.cfi_lsda %rbx, %rcx
	.cfi_val_encoded_addr 3, 0x1b, %rax
	.cfi_offset %k1, 8
	.cfi_undefined %zmm3
	ret
	.cfi_endproc
