	.file 0 "/work" "x.c"
	.loc 0 5
	nop
	ret
