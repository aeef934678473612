	.text
	movsbl %al, %eax
	movsbw %al, %ax
	movsbq %al, %rax
	movswl %ax, %eax
	movswq %ax, %rax
	movslq %eax, %rax
	movslq (%rdi), %r9
	movsx %al, %ecx
	movsxd %eax, %rdx
	movsbl (%rdi,%rcx), %eax
