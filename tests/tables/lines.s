// Source lines in the audit (docs/tables.md, "Source lines"): assembled with -g or --gdwarf-N,
// the object carries a .debug_line program for each code section, and every violation names the
// line of its target. Plain .pushsection, so even gasket files the init entries in __ex_table.
// tests/tables/run.py expects the line numbers below: keep them in place.
	.text
	.globl	lines_base
	.type	lines_base, @function
lines_base:
	xorl	%eax, %eax
1:	movl	(%rdi), %eax
	ret
	.pushsection __ex_table, "a"
	.balign 4
	.long	1b - ., 1b - ., 0
	.popsection
	.size	lines_base, .-lines_base

	.section .init.text, "ax", @progbits
	.globl	lines_init
	.type	lines_init, @function
lines_init:
	pushq	%rbx
	movq	%rsi, %rbx
	nop
1:	movq	(%rdi), %rax	# line 25: the entry's insn
	popq	%rbx
	ret
2:	movq	$-14, %rax	# line 28: its fixup
	popq	%rbx
	ret
	.pushsection __ex_table, "a"
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
	.size	lines_init, .-lines_init
