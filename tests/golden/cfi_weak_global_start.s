	.text
	.weak w
w:
	.cfi_startproc
	ret
	.cfi_endproc
	.globl g
g:
	.cfi_startproc
	jmp w
	.cfi_endproc
