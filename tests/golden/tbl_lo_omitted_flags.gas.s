# lowered twin: omitted_flags: kernel-style entries from .text, .text.omitted_flags_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection __ex_table, "ao", @progbits, .text
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection __ex_table, "ao", @progbits, .text
	.long	3b - ., 2b - ., 0
	.popsection
	.section .text.omitted_flags_hot, "ax", @progbits
f1:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection __ex_table, "ao", @progbits, .text.omitted_flags_hot
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection __ex_table, "ao", @progbits, .text.omitted_flags_hot
	.long	3b - ., 2b - ., 0
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection .init.__ex_table, "ao", @progbits, .init.text
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection .init.__ex_table, "ao", @progbits, .init.text
	.long	3b - ., 2b - ., 0
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection .exit.__ex_table, "ao", @progbits, .exit.text
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection .exit.__ex_table, "ao", @progbits, .exit.text
	.long	3b - ., 2b - ., 0
	.popsection
