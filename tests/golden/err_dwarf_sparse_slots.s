	.file 1 "a.c"
	.file 3 "c.c"
	.loc 1 1
	nop
