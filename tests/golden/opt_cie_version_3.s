# --gdwarf-cie-version=3: every CIE, in .eh_frame and .debug_frame, has version 3, whose return address
# column is a ULEB128 (200 takes two bytes) where version 1 has one byte.
	.cfi_sections .eh_frame, .debug_frame
	.text
f:	.cfi_startproc
	pushq %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	popq %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
g:	.cfi_startproc
	.cfi_return_column 200
	ret
	.cfi_endproc
