	.file 1 "a.c"
	.loc 1 3
	nop
	.loc 1 4 prologue_end
	ret
