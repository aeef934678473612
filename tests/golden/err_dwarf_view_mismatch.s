	.file 1 "a.c"
	.loc 1 2
	.loc 1 3 view 0
	nop
	.loc 1 4 view .LVU1
	.loc 1 5 view 0
