	.if	1
	.byte	1
	.else
	.else
	.endif
	.endif
	.elseif	1
	.else
	.if	1
	.else
	.elseif	1
	.endif
