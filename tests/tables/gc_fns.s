# One used and one unused function, each in its own section (-ffunction-sections style), with
# __ex_table entries. Linked with --gc-sections: in link-order mode the unused function and its
# entries go; in prefix mode the table keeps both alive.
	.section .text.used_fn, "ax", @progbits
	.globl used_fn
	.type used_fn, @function
used_fn:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long 1b - ., 2b - ., 0
	.popsection
	.size used_fn, .-used_fn

	.section .text.unused_fn, "ax", @progbits
	.globl unused_fn
	.type unused_fn, @function
unused_fn:
1:	movl	(%rdi), %eax
2:	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long 1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	.pushsection_table __ex_table, "a"
	.balign 4
	.long 3b - ., 2b - ., 0
	.popsection
	.size unused_fn, .-unused_fn
	.section .note.GNU-stack, "", @progbits
