	.macro	str s
	.ascii	"\s"
	.asciz	"<\s>"
	.endm
	str	"hello world"
	str	plain
	str	"a,b"
