# lowered twin: ex_table_merge: kernel-style entries from .text, .text.ex_table_merge_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection __ex_table, "aMo", @progbits, 12, .text
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.section .text.ex_table_merge_hot, "ax", @progbits
f1:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection __ex_table, "aMo", @progbits, 12, .text.ex_table_merge_hot
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection .init.__ex_table, "aMo", @progbits, 12, .init.text
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection .exit.__ex_table, "aMo", @progbits, 12, .exit.text
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
