# .loc operands that are not plain numbers and draw gas's messages.
	.file 1 "a.c"
	.text
	.loc 1 2,3
	nop
	.loc 1 2 3,
	nop
	.loc 1 foo
	nop
	.loc 1 2 3 +
	nop
	.loc 1 2 is_stmt x
	nop
	.loc 1 2 3 4
	nop
	.loc 1 2 3 view 1
	nop
	.loc 1 2 3 view -1
	nop
	.loc 3 2 3
	nop
	.loc 1 2 3 is_stmt 1,
	nop
	ret
