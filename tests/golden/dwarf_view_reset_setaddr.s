	.file 0 "/d" "v.c"
	.file 1 "v.c"
	.loc 1 1 view -0
	.loc 1 2 view .LVU1
	nop
	.loc 1 3 view .LVU2
	.loc 1 4 view -0
	.loc 1 5 view .LVU3
	nop
	.section .text.b,"ax",@progbits
	.loc 1 6 view -0
	nop
	.data
	.uleb128 .LVU1, .LVU2, .LVU3
