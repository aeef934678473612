	.text
f1:
	.cfi_startproc simple
	.cfi_def_cfa %rsp, 8
	.cfi_offset %rip, -8
	ret
	.cfi_endproc
f2:
	.cfi_startproc simple
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	ret
	.cfi_endproc
f4:
	.cfi_startproc simple
	.cfi_def_cfa %rsp, 8
	.cfi_offset %rip, -8
	nop
	.cfi_def_cfa_offset 16
	ret
	.cfi_endproc
