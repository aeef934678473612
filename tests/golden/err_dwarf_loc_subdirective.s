	.file 1 "a.c"
	.loc 1 2 frob 3
	.loc 1 2 3 junk
	.loc 1 2 basic_block,
