	.text
	testb %al, %al
	testw %ax, %bx
	testl %eax, %eax
	testq %rax, %rbx
	testb $1, %al
	testb $1, %bl
	testl $0x100, %eax
	testl $0x100, %ecx
	testq $8, (%rdi)
	testl %eax, (%rsi)
	testw $2, %r9w
