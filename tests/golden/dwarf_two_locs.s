	.file 1 "a.c"
	.loc 1 1
	.loc 1 2
	.loc 1 3 4
	nop
	.loc 1 7
	nop
	.loc 1 0
	nop
	.loc 1 8
