	nop
	nop
	.file 1 "c.c"
	.loc 1 7
	ret
