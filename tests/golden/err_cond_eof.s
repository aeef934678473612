	.byte	1
	.if	1
	.byte	2
