	.text
f:
	.cfi_startproc
	pushq %rbx
	.section .text.other,"ax",@progbits
g:
	.cfi_startproc
	nop
	.text
	.cfi_def_cfa_offset 16
	nop
	.section .text.other
	.cfi_def_cfa_offset 24
	ret
	.text
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.section .text.other
	.cfi_endproc
