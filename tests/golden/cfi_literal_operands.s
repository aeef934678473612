# CFI operands: plain literals (decimal, hex, negative) take a short path; octal and expressions do not.
	.text
f:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_offset 0x20
	nop
	.cfi_def_cfa_offset 010
	nop
	.cfi_def_cfa_offset 8*3
	nop
	.cfi_def_cfa 7, 8 
	.cfi_rel_offset 3, -8
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
