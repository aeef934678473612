	.text
f:
	.cfi_startproc
	ret
g:
	.cfi_startproc
	.cfi_endproc
	.section .text.b,"ax",@progbits
	.cfi_startproc
	nop
