f0:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl $0, %eax
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
f1:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl $1, %eax
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl $2, %eax
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl $3, %eax
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl $4, %eax
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
