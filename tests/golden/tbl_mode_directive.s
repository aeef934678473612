# .table_mode switches between link-order and prefix mode mid-file.
	.section .text.a, "ax", @progbits
1:	movl	(%rdi), %eax
2:	ret
	.table_mode link-order
	.pushsection_table __ex_table, "a"
	.long	1b - ., 2b - ., 0
	.popsection
	.section .init.text, "ax", @progbits
3:	movl	(%rdi), %eax
4:	ret
	.pushsection_table __ex_table
	.long	3b - ., 4b - ., 0
	.popsection
	.table_mode prefix
	.pushsection_table __ex_table, "a"
	.long	3b - ., 4b - ., 0
	.popsection
	.section .text.a, "ax", @progbits
	.pushsection_table __ex_table
	.long	1b - ., 2b - ., 0
	.popsection
