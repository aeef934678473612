	.text
f:
	.cfi_startproc
	pushq %rax
	.cfi_adjust_cfa_offset 8
	pushq %rcx
	.cfi_adjust_cfa_offset 8
	pushq %rdx
	.cfi_adjust_cfa_offset 0x8
	subq $0x1000, %rsp
	.cfi_adjust_cfa_offset 0x1000
	addq $0x1000, %rsp
	.cfi_adjust_cfa_offset -0x1000
	popq %rdx
	.cfi_adjust_cfa_offset -8
	popq %rcx
	.cfi_adjust_cfa_offset -8
	popq %rax
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
