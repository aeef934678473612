# ex_table_merge: kernel-style entries from .text, .text.ex_table_merge_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table, "aM", @progbits, 12
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.section .text.ex_table_merge_hot, "ax", @progbits
f1:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table, "aM", @progbits, 12
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table, "aM", @progbits, 12
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table, "aM", @progbits, 12
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
