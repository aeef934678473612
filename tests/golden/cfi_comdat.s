	.section .text._Z3fooi,"axG",@progbits,_Z3fooi,comdat
	.weak _Z3fooi
	.type _Z3fooi, @function
_Z3fooi:
	.cfi_startproc
	leal 1(%rdi), %eax
	ret
	.cfi_endproc
	.size _Z3fooi, .-_Z3fooi
	.text
	.globl main
main:
	.cfi_startproc
	subq $8, %rsp
	.cfi_def_cfa_offset 16
	call _Z3fooi
	addq $8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.section .text._Z3bari,"axG",@progbits,_Z3bari,comdat
	.weak _Z3bari
_Z3bari:
	.cfi_startproc
	pushq %rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	popq %rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
