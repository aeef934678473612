	.macro	save_regs regs:vararg
	.irp	r, \regs
	pushq	%\r
	.endr
	.endm
	.macro	restore_regs r1, r2, r3
	popq	%\r3
	popq	%\r2
	popq	%\r1
	.endm
	.text
f:	save_regs rax, rbx, rcx
	restore_regs rax, rbx, rcx
	ret
