	.text
	xchgq %rax, %rbx
	xchgl %ecx, %eax
	xchgl %ecx, %edx
	xchgq %rax, (%rdi)
