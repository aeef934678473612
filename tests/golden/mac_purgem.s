	.macro	m
	.byte	1
	.endm
	m
	.purgem	m
	.macro	m
	.byte	2
	.endm
	m
	.purgem	M
