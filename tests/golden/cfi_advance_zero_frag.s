	.text
f1:
	.cfi_startproc
	.balign 4
	.cfi_def_cfa_offset 16
	nop
	.balign 4
	.cfi_def_cfa_offset 24
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	ret
	.cfi_endproc
	.balign 8
f3:
	.cfi_startproc
	.balign 8
	ret
	.cfi_endproc
