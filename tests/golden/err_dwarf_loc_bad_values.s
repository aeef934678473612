	.file 1 "a.c"
	.loc 1 2 is_stmt 2
	.loc 1 2 isa -1
	.loc 1 2 discriminator -1
	.loc 1 2 view 3
	.loc -1 2
