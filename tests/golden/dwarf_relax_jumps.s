	.file 1 "a.c"
	.loc 1 1
	jmp 1f
	.loc 1 2
	nop
	.loc 1 3
	.skip 100
	.loc 1 4
	jne 2f
	.loc 1 5
	.skip 200
1:	.loc 1 6
	nop
	.p2align 4
2:	.loc 1 7
	ret
	.loc 1 8
	jmp 1b
