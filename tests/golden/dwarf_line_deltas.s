	.file 1 "a.c"
	.loc 1 1
	nop
	.loc 1 9
	nop
	.loc 1 8
	nop
	.loc 1 4
	nop
	.loc 1 3
	nop
	.loc 1 100
	nop
	.loc 1 5000
	nop
	.loc 1 2
	nop
	.loc 1 2
	nop
	.loc 1 100000
	nop
	.loc 1 1
	ret
