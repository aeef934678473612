	.text
	shlb %al
	shll %eax
	shlq $1, %rax
	shlq $4, %rbx
	shrl %cl, %eax
	shrq $63, %rdx
	sarl $2, %ecx
	sarq %cl, %r9
	sall $3, %eax
	roll $5, %eax
	rorq $1, %rax
	rclb %bl
	rcrw $2, %cx
	shlw %cl, (%rdi)
