	.file 1 "a.c"
	.loc 1 1
	nop
	.p2align 5
	.loc 1 2
	nop
	.balign 64
	.loc 1 3
	.p2align 4
	ret
