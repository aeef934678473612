	.text
f1:
	.cfi_startproc
	.cfi_personality 0, pers
	.cfi_lsda 0, .Llsda
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_personality 0x80, pers
	.cfi_lsda 0x2, .Llsda
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	.cfi_personality 0x10, pers
	.cfi_lsda 0x1c, .Llsda
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	.cfi_personality 0xb, pers
	.cfi_lsda 0x9c, .Llsda
	ret
	.cfi_endproc
	.section .rodata
.Llsda: .byte 0xff
