	.file 0 "/d" "v.c"
	.file 1 "v.c"
	.text
f:
	.loc 1 1 14 view -0
	.loc 1 2 3 view .LVU1
	.loc 1 3 3 view .LVU2
	pushq %rbx
	.loc 1 4 3 view .LVU3
	.loc 1 5 3 is_stmt 0 view .LVU4
	testl %edi, %edi
	jle .L4
	.loc 1 6 3 is_stmt 1 view .LVU5
	.loc 1 7 3 view .LVU6
	.p2align 4,,10
.L3:
	.loc 1 8 5 view .LVU7
	.loc 1 9 5 view .LVU8
	addl $1, %ebx
	cmpl %ebx, %edi
	jne .L3
.L4:
	.loc 1 10 1 view .LVU9
	.loc 1 11 1 view .LVU10
	popq %rbx
	ret
g:
	.loc 1 20 1 view -0
	.loc 1 21 1 view .LVU11
	ret
	.section .debug_loclists,"",@progbits
	.uleb128 .LVU1
	.uleb128 .LVU2
	.uleb128 .LVU3
	.uleb128 .LVU4
	.uleb128 .LVU5
	.uleb128 .LVU6
	.uleb128 .LVU7
	.uleb128 .LVU8
	.uleb128 .LVU9
	.uleb128 .LVU10
	.uleb128 .LVU11
	.byte .LVU2, .LVU3
