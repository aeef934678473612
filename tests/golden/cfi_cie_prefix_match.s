	.text
f1:
	.cfi_startproc
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	.cfi_undefined %rax
	pushq %rbp
	.cfi_same_value %rbx
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	.cfi_remember_state
	ret
	.cfi_restore_state
	.cfi_endproc
