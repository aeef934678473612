# lowered twin: ex_table_abs: kernel-style entries from .text, .text.ex_table_abs_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
1:	movq	(%rsi), %rax
	ret
3:	movq	$-14, %rax
	ret
	.pushsection __ex_table, "ao", @progbits, .text
	.align 8
	.quad	1b, 3b
	.popsection
	.section .text.ex_table_abs_hot, "ax", @progbits
f1:
1:	movq	(%rsi), %rax
	ret
3:	movq	$-14, %rax
	ret
	.pushsection __ex_table, "ao", @progbits, .text.ex_table_abs_hot
	.align 8
	.quad	1b, 3b
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	movq	(%rsi), %rax
	ret
3:	movq	$-14, %rax
	ret
	.pushsection .init.__ex_table, "ao", @progbits, .init.text
	.align 8
	.quad	1b, 3b
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	movq	(%rsi), %rax
	ret
3:	movq	$-14, %rax
	ret
	.pushsection .exit.__ex_table, "ao", @progbits, .exit.text
	.align 8
	.quad	1b, 3b
	.popsection
