	.macro	r a:req, b
	.byte	\a, \b
	.endm
	r
	r	,2
	r	c=1
	r	1,2,3
