	.file 0 "/d" "v.c"
	.file 1 "v.c"
	.text 1
	.loc 1 10 view -0
	.loc 1 11 view .LVU1
	nop
	.text 0
	.loc 1 1 view -0
	.loc 1 2 view .LVU2
	nop
	.text 1
	.loc 1 12 view .LVU3
	ret
	.data
	.byte .LVU1, .LVU2, .LVU3
