	.file 0 "/d" "v.c"
	.file 1 "v.c"
	.loc 1 1 view -0
	jmp 1f
	.skip 300
1:
	.loc 1 2 view .LVU1
	.loc 1 3 view .LVU2
	.p2align 4
	.loc 1 4 view .LVU3
	.loc 1 5 view .LVU4
	nop
	.data
	.uleb128 .LVU1, .LVU2, .LVU3, .LVU4
	.quad .LVU4
