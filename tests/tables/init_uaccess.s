# Kernel-style user access from base, init and exit code, recorded with x86-64's
# 12-byte __ex_table entries (.long insn - ., fixup - ., type). Assembled by
# gasket the entries land in __ex_table, .init.__ex_table and .exit.__ex_table;
# the same text with plain .pushsection (what GNU as offers) puts all of them in
# __ex_table, and the audit must flag the init and exit ones.

	.text
	.globl	get_user_4
	.type	get_user_4, @function
get_user_4:
1:	movl	(%rdi), %eax
	ret
2:	movl	$-14, %eax
	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long	1b - ., 2b - ., 3
	.popsection
	.size	get_user_4, .-get_user_4

	.globl	put_user_4
	.type	put_user_4, @function
put_user_4:
1:	movl	%esi, (%rdi)
	xorl	%eax, %eax
	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long	1b - ., .Lefault - ., 3
	.popsection
	.size	put_user_4, .-put_user_4
.Lefault:
	movl	$-14, %eax
	ret

	.section .init.text, "ax", @progbits
	.globl	probe_firmware
	.type	probe_firmware, @function
probe_firmware:
1:	movq	(%rdi), %rax
	ret
2:	xorl	%eax, %eax
	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long	1b - ., 2b - ., 3
	.popsection
	.globl	early_copy
	.type	early_copy, @function
early_copy:
	movq	%rdx, %rcx
1:	rep movsb
	xorl	%eax, %eax
	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long	1b - ., .Lefault - ., 3
	.popsection
	.size	early_copy, .-early_copy

	.section .exit.text, "ax", @progbits
	.globl	drain_queue
	.type	drain_queue, @function
drain_queue:
1:	movl	$0, (%rdi)
2:	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long	1b - ., 2b - ., 3
	.popsection
	.size	drain_queue, .-drain_queue

	.section .note.GNU-stack, "", @progbits
