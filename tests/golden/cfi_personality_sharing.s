	.text
f1:
	.cfi_startproc
	.cfi_personality 0x9b, p1
	ret
	.cfi_endproc
f2:
	.cfi_startproc
	.cfi_personality 0x9b, p2
	ret
	.cfi_endproc
f3:
	.cfi_startproc
	.cfi_personality 0x9b, p1
	.cfi_lsda 0x1b, .L1
	ret
	.cfi_endproc
f4:
	.cfi_startproc
	.cfi_personality 0x9b, p1
	ret
	.cfi_endproc
f5:
	.cfi_startproc
	.cfi_personality 0x9b, p1+4
	ret
	.cfi_endproc
f6:
	.cfi_startproc
	.cfi_personality 0x1b, p1
	ret
	.cfi_endproc
f7:
	.cfi_startproc
	.cfi_personality 0x9b, p1
	.cfi_lsda 0x1b, .L2
	ret
	.cfi_endproc
	.section .gcc_except_table,"a",@progbits
.L1: .byte 0xff
.L2: .byte 0xff
