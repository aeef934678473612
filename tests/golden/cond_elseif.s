	.macro	pick n
	.if	\n == 1
	.byte	1
	.elseif	\n == 2
	.byte	2
	.elseif	\n == 3
	.byte	3
	.else
	.byte	0
	.endif
	.endm
	pick	1
	pick	2
	pick	3
	pick	4
