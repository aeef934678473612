	.file 1 "a.c"
	.text
	.loc 1 3
	nop
	.loc 1 4
	ret
