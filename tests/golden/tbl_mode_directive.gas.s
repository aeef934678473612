# lowered twin: .table_mode switches between link-order and prefix mode mid-file.
	.section .text.a, "ax", @progbits
1:	movl	(%rdi), %eax
2:	ret
	.pushsection __ex_table, "ao", @progbits, .text.a
	.long	1b - ., 2b - ., 0
	.popsection
	.section .init.text, "ax", @progbits
3:	movl	(%rdi), %eax
4:	ret
	.pushsection .init.__ex_table, "ao", @progbits, .init.text
	.long	3b - ., 4b - ., 0
	.popsection
	.pushsection .init.__ex_table, "a"
	.long	3b - ., 4b - ., 0
	.popsection
	.section .text.a, "ax", @progbits
	.pushsection __ex_table, "a", @progbits
	.long	1b - ., 2b - ., 0
	.popsection
