	.data
	.weak wvar
	.long 0
wvar:	.long 1
	.text
	movl wvar(%rip), %eax
	.section .rodata
	.quad wvar + 2
