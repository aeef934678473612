	.macro	opt a, b
	.ifb	\b
	.byte	\a
	.else
	.byte	\a, \b
	.endif
	.ifnb	\a
	.byte	0xff
	.endif
	.endm
	opt	1
	opt	2, 3
