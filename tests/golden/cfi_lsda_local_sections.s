	.text
f1:
	.cfi_startproc
	.cfi_lsda 0x1b, .La
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_lsda 0x1b, .Lb+2
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	.cfi_lsda 0x1b, glob
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	.cfi_lsda 0x1b, f1
	ret
	.cfi_endproc
	.section .gcc_except_table,"a",@progbits
	.byte 0
.La: .byte 0xff
	.data
	.byte 1,2,3
.Lb: .byte 0xff
	.globl glob
glob: .byte 0
