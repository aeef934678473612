	.file 1 "v.c"
	.loc 1 1
	nop
	.loc 1 2
	.loc 1 3
	.loc 1 4 view .LVU1
	.loc 1 5 view .LVU2
	nop
	.loc 1 6 view 0
	.loc 1 7 view .LVU3
	.data
	.byte .LVU1, .LVU2, .LVU3
