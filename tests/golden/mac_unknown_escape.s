	.macro	m x
	.ascii	"\x\y\()z"
	.endm
	m	A
