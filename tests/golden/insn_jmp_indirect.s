	.text
	jmp *%rax
	jmp *%r13
	jmp *(%rdi)
	jmp *0x10(%rax,%rcx,8)
	jmp *tbl(,%rax,8)
	.data
tbl:	.quad 0
