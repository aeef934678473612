	.text
	leaq (%rax), %rbx
	leaq 8(%rax,%rbx,4), %rcx
	leal -1(%rdi), %eax
	leaq sym(%rip), %rdi
	leaq (,%rax,8), %rdx
	leaw 2(%rax), %ax
	leaq 0x1000, %rax
	.data
sym:	.long 0
