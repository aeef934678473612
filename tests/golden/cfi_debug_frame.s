	.cfi_sections .debug_frame
	.text
f1:
	.cfi_startproc
	.cfi_personality 0x9b, pers
	.cfi_lsda 0x1b, .Llsda
	pushq %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	popq %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_signal_frame
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	ret
	.cfi_endproc
	.section .rodata
.Llsda: .byte 0xff
