	.macro	put a=7, b=x y
	.ascii	"\a|\b;"
	.endm
	put
	put	,
	put	1
	put	1, 2
	put	b=5
