	.text
	nop
	.data
	.long 0
loc:	.long 1
	.section .rodata
	.quad loc
	.long loc + 12
	.text
	movl loc(%rip), %eax
	movq $loc, %rax
