	.macro	m
	.rept	1
	bogus
	.endr
	.endm
	m
	.rept	1
	m
	.endr
	.irp	r, 1, 2
	bogus3	\r
	.endr
