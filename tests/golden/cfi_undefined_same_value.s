	.text
f:
	.cfi_startproc
	.cfi_undefined %rip
	nop
	.cfi_undefined %rax, %rdx, 90
	.cfi_same_value %r12
	.cfi_same_value 99
	ret
	.cfi_endproc
g:
	.cfi_startproc
	.cfi_undefined %rip
	ret
	.cfi_endproc
