	.text
	.cfi_fde_data 1
	.cfi_personality_id 1
	.cfi_inline_lsda 1
f:
	.cfi_startproc
	.cfi_fde_data
	ret
	.cfi_endproc
