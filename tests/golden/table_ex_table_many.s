	.text
1:	movb (%rdi), %al
	.pushsection_table __ex_table, "a"
	.long (1b)-., (9f)-.
	.popsection
1:	movw (%rdi), %ax
	.pushsection_table __ex_table, "a"
	.long (1b)-., (9f)-.
	.popsection
1:	movl (%rdi), %eax
	.pushsection_table __ex_table, "a"
	.long (1b)-., (9f)-.
	.popsection
	ret
9:	ud2
