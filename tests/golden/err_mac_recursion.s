	.macro	rec n
	.byte	\n
	rec	"(\n+1)"
	.endm
	rec	0
