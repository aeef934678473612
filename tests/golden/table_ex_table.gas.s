	.text
	.globl copy
copy:
1:	movl (%rsi), %eax
2:	movl %eax, (%rdi)
	ret
3:	movl $-14, %eax
	ret
	.pushsection __ex_table, "a"
	.balign 4
	.long (1b)-., (3b)-.
	.long (2b)-., (3b)-.
	.popsection
