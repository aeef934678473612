	.text
	mov %eax, %ecx
	mov %rax, (%rdi)
	mov (%rsi), %dl
	mov $5, %ax
	mov $0xffffffff, %eax
