	.text
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
	.cfi_escape 0
	.cfi_personality 0x9b, p
	.cfi_lsda 0x1b, l
	.cfi_label x
	.cfi_val_encoded_addr 3, 0, s
	.cfi_remember_state
	.cfi_signal_frame
	.cfi_startproc
	.cfi_endproc
	.section .text.b,"ax",@progbits
	.cfi_def_cfa_offset 16
