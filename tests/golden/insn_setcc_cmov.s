	.text
	sete %al
	setne %bl
	setg %sil
	cmovel %ecx, %eax
	cmovneq (%rdi), %rax
	cmovbq %r8, %r9
