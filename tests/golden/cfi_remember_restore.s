	.text
f:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	testl %edi, %edi
	je .L2
	.cfi_remember_state
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
.L2:
	.cfi_restore_state
	.cfi_remember_state
	.cfi_adjust_cfa_offset 8
	.cfi_remember_state
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	.cfi_restore_state
	.cfi_rel_offset %rbp, 0
	.cfi_restore_state
	.cfi_rel_offset %rbp, 0
	popq %rbx
	ret
	.cfi_endproc
