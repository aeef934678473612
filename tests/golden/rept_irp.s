	.irp	r, rax, rbx, rcx
	pushq	%\r
	.endr
	.irp	v 1 2 3
	.byte	\v
	.endr
	.irp	s, "a b", c
	.ascii	"\s"
	.endr
	.irp	e
	.ascii	"[\e]"
	.endr
