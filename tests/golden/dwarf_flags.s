	.file 1 "a.c"
	.loc 1 3 5
	nop
	.loc 1 4
	nop
	.loc 1 5 is_stmt 0
	nop
	.loc 1 6
	nop
	.loc 1 7 discriminator 2 prologue_end basic_block epilogue_begin isa 2
	nop
	.loc 1 8 0 is_stmt 1 discriminator 300
	nop
	.loc 1 9 200 isa 0
	ret
