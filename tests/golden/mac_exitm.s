	.macro	upto n
	.byte	\n
	.if	\n >= 3
	.exitm
	.endif
	upto	"(\n+1)"
	.endm
	upto	0
	.byte	0xff
