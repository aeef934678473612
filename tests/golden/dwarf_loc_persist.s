	.file 1 "a.c"
	.loc 1 1 7
	nop
	.loc 1 2
	nop
	.loc 1 3 0
	nop
	.loc 1 4 is_stmt 0
	nop
	.loc 1 5
	ret
