	.file 1 "a.c"
	.loc 1 1 isa 3
	nop
	.loc 1 2 isa 3
	nop
	.loc 1 3 isa 0
	ret
