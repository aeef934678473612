	.text
	.p2align 4
	.globl fn0
fn0:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $0, %eax
	xorl %eax, %eax
	jne 1f
	.fill 0, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn1
fn1:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $1, %eax
	testl %eax, %eax
	jne 1f
	.fill 13, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn2
fn2:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $2, %eax
	xorl %eax, %eax
	jne 1f
	.fill 26, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn3
fn3:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $3, %eax
	testl %eax, %eax
	jne 1f
	.fill 39, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn4
fn4:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $4, %eax
	xorl %eax, %eax
	jne 1f
	.fill 52, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn5
fn5:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $5, %eax
	testl %eax, %eax
	jne 1f
	.fill 65, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn6
fn6:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $6, %eax
	xorl %eax, %eax
	jne 1f
	.fill 78, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn7
fn7:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $7, %eax
	testl %eax, %eax
	jne 1f
	.fill 91, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn8
fn8:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $8, %eax
	xorl %eax, %eax
	jne 1f
	.fill 104, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn9
fn9:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $9, %eax
	testl %eax, %eax
	jne 1f
	.fill 117, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn10
fn10:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $10, %eax
	xorl %eax, %eax
	jne 1f
	.fill 130, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn11
fn11:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $11, %eax
	testl %eax, %eax
	jne 1f
	.fill 143, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn12
fn12:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $12, %eax
	xorl %eax, %eax
	jne 1f
	.fill 6, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn13
fn13:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $13, %eax
	testl %eax, %eax
	jne 1f
	.fill 19, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn14
fn14:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $14, %eax
	xorl %eax, %eax
	jne 1f
	.fill 32, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn15
fn15:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $15, %eax
	testl %eax, %eax
	jne 1f
	.fill 45, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn16
fn16:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $16, %eax
	xorl %eax, %eax
	jne 1f
	.fill 58, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn17
fn17:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $17, %eax
	testl %eax, %eax
	jne 1f
	.fill 71, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn18
fn18:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $18, %eax
	xorl %eax, %eax
	jne 1f
	.fill 84, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn19
fn19:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $19, %eax
	testl %eax, %eax
	jne 1f
	.fill 97, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn20
fn20:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $20, %eax
	xorl %eax, %eax
	jne 1f
	.fill 110, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn21
fn21:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $21, %eax
	testl %eax, %eax
	jne 1f
	.fill 123, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn22
fn22:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $22, %eax
	xorl %eax, %eax
	jne 1f
	.fill 136, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn23
fn23:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $23, %eax
	testl %eax, %eax
	jne 1f
	.fill 149, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn24
fn24:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $24, %eax
	xorl %eax, %eax
	jne 1f
	.fill 12, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn25
fn25:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $25, %eax
	testl %eax, %eax
	jne 1f
	.fill 25, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn26
fn26:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $26, %eax
	xorl %eax, %eax
	jne 1f
	.fill 38, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn27
fn27:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $27, %eax
	testl %eax, %eax
	jne 1f
	.fill 51, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn28
fn28:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $28, %eax
	xorl %eax, %eax
	jne 1f
	.fill 64, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn29
fn29:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $29, %eax
	testl %eax, %eax
	jne 1f
	.fill 77, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn30
fn30:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $30, %eax
	xorl %eax, %eax
	jne 1f
	.fill 90, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn31
fn31:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $31, %eax
	testl %eax, %eax
	jne 1f
	.fill 103, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn32
fn32:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $32, %eax
	xorl %eax, %eax
	jne 1f
	.fill 116, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn33
fn33:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $33, %eax
	testl %eax, %eax
	jne 1f
	.fill 129, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn34
fn34:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $34, %eax
	xorl %eax, %eax
	jne 1f
	.fill 142, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn35
fn35:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $35, %eax
	testl %eax, %eax
	jne 1f
	.fill 5, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn36
fn36:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $36, %eax
	xorl %eax, %eax
	jne 1f
	.fill 18, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn37
fn37:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $37, %eax
	testl %eax, %eax
	jne 1f
	.fill 31, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn38
fn38:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $38, %eax
	xorl %eax, %eax
	jne 1f
	.fill 44, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.p2align 4
	.globl fn39
fn39:
	.cfi_startproc
	pushq %r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl $39, %eax
	testl %eax, %eax
	jne 1f
	.fill 57, 1, 0x90
1:	popq %r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
