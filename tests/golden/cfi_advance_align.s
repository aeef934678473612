	.text
f:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	movl $10, %ebx
	jmp .L3
	.p2align 4,,10
	.p2align 3
.L2:
	subl $1, %ebx
	je .L5
.L3:
	call g
	jmp .L2
	.p2align 4,,10
	.p2align 3
.L5:
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
h:
	.cfi_startproc
	.p2align 5
	.cfi_def_cfa_offset 16
	ret
	.cfi_endproc
