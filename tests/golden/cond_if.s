	.if	1
	.byte	1
	.endif
	.if	0
	.byte	2
	.else
	.byte	3
	.endif
	.if	2 > 1
	.byte	4
	.endif
