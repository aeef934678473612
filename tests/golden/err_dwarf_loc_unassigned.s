	.loc 1 2
	.file 1 "a.c"
	.loc 2 1
	.loc 3 1 5
