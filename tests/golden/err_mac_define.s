	.macro	r
	.endm
	.macro	r
	.endm
	.macro	1x
	.endm
	.macro	q a, a
	.endm
	.macro	q2 a:foo
	.endm
	.macro	q4 a b:vararg c
	.endm
	.macro
	.endm
