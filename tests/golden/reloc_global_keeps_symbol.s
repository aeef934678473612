	.data
	.globl gvar
	.long 0
gvar:	.long 1
	.text
	movl gvar(%rip), %eax
	.section .rodata
	.quad gvar
