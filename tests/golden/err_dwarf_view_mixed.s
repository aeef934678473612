	.file 1 "v.c"
	.loc 1 1
	nop
	.loc 1 2
	.loc 1 3
	.loc 1 4 view .LVU1
	.loc 1 5 view 0
	nop
	.loc 1 6 view .LVU2
	.data
	.byte .LVU1, .LVU2
