	.if	0
	.if	junk junk
	.byte	1
	.else
	.byte	2
	.endif
	.bogus_directive
	bogus instruction
	.macro	never
	.else
	.byte	3
	.endif
	.if	1
	.if	0
	.byte	4
	.elseif	1
	.byte	5
	.endif
	.endif
