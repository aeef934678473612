x:	.file 1 "a.c"
	.loc 1 2 view x
