	.if	x
	.endif
	.if
	.endif
	.ifdef
	.endif
	.ifdef	1
	.endif
	.ifc	a
	.endif
	.ifeqs	"a"
	.endif
	.if	1 junk
	.endif
	.if	undefined_sym + 1
	.endif
