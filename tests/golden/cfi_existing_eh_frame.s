	.section .eh_frame,"a",@unwind
	.long 0
	.text
f:
	.cfi_startproc
	ret
	.cfi_endproc
