	.text
f:
	.cfi_startproc
	movq %rbx, %r10
	.cfi_register %rbx, %r10
	movq %r10, %rbx
	.cfi_register 3, 3
	.cfi_register %rip, 100
	ret
	.cfi_endproc
