	.text
f:
	.cfi_startproc
	.cfi_rel_offset %rbx, 0
	subq $40, %rsp
	.cfi_adjust_cfa_offset 40
	movq %rbx, 8(%rsp)
	.cfi_rel_offset %rbx, 8
	movq %rbp, 16(%rsp)
	.cfi_rel_offset %rbp, 16
	.cfi_def_cfa %rsp, 64
	.cfi_rel_offset %r12, 24
	.cfi_adjust_cfa_offset -16
	.cfi_rel_offset %r13, 0
	addq $40, %rsp
	.cfi_adjust_cfa_offset -40
	ret
	.cfi_endproc
