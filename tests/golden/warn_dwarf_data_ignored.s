	.file 1 "a.c"
	.data
	.loc 1 9
	.long 0
	nop
	.text
	.loc 1 3
	nop
