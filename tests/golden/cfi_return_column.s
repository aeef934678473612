	.text
f1:
	.cfi_startproc
	.cfi_return_column %rax
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_return_column 0
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	nop
	.cfi_return_column 200
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	ret
	.cfi_endproc
