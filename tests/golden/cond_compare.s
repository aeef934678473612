	.ifeq	0
	.byte	1
	.endif
	.ifne	0
	.byte	2
	.endif
	.ifge	-1
	.byte	3
	.endif
	.ifgt	1
	.byte	4
	.endif
	.ifle	0
	.byte	5
	.endif
	.iflt	-1
	.byte	6
	.endif
