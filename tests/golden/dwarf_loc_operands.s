# .loc's numbers in the shapes gcc writes and in the ones it does not: hex, octal, long literals,
# expressions, blanks and commas around them, and a zero column.
	.file 1 "a.c"
	.file 2 "b.c"
	.text
	.loc 1 3 1 is_stmt 1 view -0
	nop
	.loc 0x2 0x10 0x3
	nop
	.loc 02 010 07 is_stmt 0
	nop
	.loc 1 1234567890 5
	nop
	.loc 1 123456789 0 view .LVU1
	.loc 1 4 2 view .LVU2
	nop
	.loc 1+1 2*3 4-1 discriminator 1+2
	nop
	.loc	1	7	9	is_stmt	1	view	.LVU3
	nop
	.loc 1 (8) 2 isa 0x1
	nop
	.loc 1 9 0 prologue_end
	nop
	.loc 2 10 is_stmt 1
	nop
	.loc 1 11 00 view 0
	nop
	.loc 2 12 3  
	nop
	.loc 1 13 1 discriminator 012 view .LVU4
	nop
	.loc 1 14 0x2 epilogue_begin
	ret
