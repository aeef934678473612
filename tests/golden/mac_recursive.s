	.macro	sum from, to
	.long	\from
	.if	\to-\from
	sum	"(\from+1)", \to
	.endif
	.endm
	sum	1, 10
