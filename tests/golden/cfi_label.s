	.text
f:
	.cfi_startproc
	nop
	.cfi_label here
	.cfi_def_cfa_offset 16
	.cfi_label .Lhidden
	nop
	.cfi_label "quoted name"
	ret
	.cfi_endproc
	.data
	.quad here
	.long .Lhidden - here
