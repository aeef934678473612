	.macro m; .byte 1; .byte 2; .endm
	m; m
	.rept 2; nop; .endr
	.irp x,3,4; .byte \x; .endr
