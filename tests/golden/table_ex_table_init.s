	.section .init.text, "ax", @progbits
1:	movl (%rdi), %eax
	.pushsection_table __ex_table
	.balign 4
	.long (1b)-., (2f)-.
	.popsection
	ret
2:	movl $-1, %eax
	ret
