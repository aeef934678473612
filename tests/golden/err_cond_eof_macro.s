	.macro	m
	.if	1
	.endm
	m
	.byte	1
	.endif
