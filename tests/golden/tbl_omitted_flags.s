# omitted_flags: kernel-style entries from .text, .text.omitted_flags_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection_table __ex_table
	.long	3b - ., 2b - ., 0
	.popsection
	.section .text.omitted_flags_hot, "ax", @progbits
f1:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection_table __ex_table
	.long	3b - ., 2b - ., 0
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection_table __ex_table
	.long	3b - ., 2b - ., 0
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection_table __ex_table
	.long	3b - ., 2b - ., 0
	.popsection
