	.text
f:
	.cfi_startproc
	pushq %rbp
	.cfi_def_cfa_offset 16
	testl %edi, %edi
	je .L9
	jmp .L3
	.cfi_def_cfa_offset 24
.L2:
	.fill 100, 1, 0x90
	jne .L2
	.cfi_def_cfa_offset 32
	.fill 30, 1, 0x90
.L3:
	.cfi_def_cfa_offset 40
	.fill 200, 1, 0x90
.L9:
	popq %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
