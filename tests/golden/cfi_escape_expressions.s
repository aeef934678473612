	.text
f:
	.cfi_startproc
	.cfi_personality 0x9b, .Lp
	.cfi_lsda 0x1b, .LLSDA_f
	nop
.La:
	jmp .Lb
	.fill 200,1,0x90
.Lb:
	.cfi_escape 0x2e, .Lb - .La
	.cfi_val_encoded_addr %rbp, 0x10, f
	.cfi_val_encoded_addr %rbp, 0x1c, .Lp
	.cfi_val_encoded_addr %rbp, 0x80, .Lp
	ret
	.cfi_endproc
	.section .text._Z1gv,"axG",@progbits,_Z1gv,comdat
	.weak _Z1gv
_Z1gv:
	.cfi_startproc
	.cfi_personality 0x9b, .Lp
	.cfi_lsda 0x1b, .LLSDA_g
	ret
	.cfi_endproc
	.section .gcc_except_table._Z1gv,"aG",@progbits,_Z1gv,comdat
.LLSDA_g: .byte 0xff
	.section .gcc_except_table,"a",@progbits
.LLSDA_f: .byte 0xff
	.data
	.quad 0
.Lp:	.quad 0
