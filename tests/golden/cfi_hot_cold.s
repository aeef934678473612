	.text
	.section .text.unlikely,"ax",@progbits
.LCOLDB0:
	.text
.LHOTB0:
	.p2align 4
	.globl f
	.type f, @function
f:
.LFB0:
	.cfi_startproc
	subq $8, %rsp
	.cfi_def_cfa_offset 16
	testl %edi, %edi
	je .L2
	movl $1, %eax
	addq $8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.section .text.unlikely
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.type f.cold, @function
f.cold:
.LFSB0:
.L2:
	call abort
	.cfi_endproc
.LFE0:
	.text
	.size f, .-f
	.section .text.unlikely
	.size f.cold, .-f.cold
.LCOLDE0:
	.text
.LHOTE0:
	.globl g
	.type g, @function
g:
	.cfi_startproc
	ret
	.cfi_endproc
