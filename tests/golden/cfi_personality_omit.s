	.text
f1:
	.cfi_startproc
	.cfi_personality 0xff
	.cfi_lsda 0xff
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_personality 0x3, pers
	.cfi_personality 0xff
	.cfi_lsda 0x1b, .Llsda
	.cfi_lsda 0xff
	ret
	.cfi_endproc
	.section .rodata
.Llsda: .byte 0xff
