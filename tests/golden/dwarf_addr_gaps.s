	.file 1 "a.c"
	.loc 1 1
	nop
	.loc 1 2
	.skip 16
	nop
	.loc 1 3
	.skip 17
	nop
	.loc 1 4
	.skip 18
	nop
	.loc 1 20
	.skip 30
	nop
	.loc 1 21
	.skip 200
	nop
	.loc 1 22
	.skip 300
	nop
	.loc 1 2
	.skip 34
	nop
	.loc 1 30
	.skip 20000
	nop
	.loc 1 31
	.skip 16
	ret
