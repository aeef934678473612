	.text
f1:
	.cfi_startproc
	.cfi_personality 0x3, pers
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_personality 0x3, pers
	.cfi_lsda 0x3, .Llsda
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	.cfi_personality 0x3, pers+8
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	.cfi_personality 0x3, 0x1000
	ret
	.cfi_endproc
	.section .rodata
.Llsda: .byte 0xff
