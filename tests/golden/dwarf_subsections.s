	.file 1 "a.c"
	.text 1
	.loc 1 10
	nop
	.text 0
	.loc 1 1
	nop
	.text 2
	.loc 1 20
	nop
	.text 1
	.loc 1 11
	ret
	.text 0
	.loc 1 2
	ret
