	.text
	movl (,%rax,4), %ecx
	movl 0x10(,%rbx,8), %ecx
	movl table(,%rcx,8), %edx
	.data
table:	.quad 0
