	.text
f:
	.cfi_startproc
	nop
	.cfi_offset %rbx, -16
	.cfi_offset %r15, -1024
	.cfi_offset %rbx, 16
	.cfi_offset 63, -8
	.cfi_offset 64, -8
	.cfi_offset 200, -8
	.cfi_offset %xmm16, 0
	.cfi_offset 3, -8*200
	ret
	.cfi_endproc
