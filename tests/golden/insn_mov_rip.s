	.text
	movl var(%rip), %eax
	movq %rax, var+8(%rip)
	movl 0x10(%rip), %eax
	movb $1, var(%rip)
	movl $2, var(%rip)
	.data
var:	.quad 0, 0
