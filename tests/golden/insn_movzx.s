	.text
	movzbl %al, %eax
	movzbw %al, %ax
	movzbq %al, %rax
	movzwl %ax, %eax
	movzwq %ax, %rax
	movzbl (%rdi), %ecx
	movzwl 2(%rsi), %edx
	movzx %al, %ecx
	movzx %bx, %r8d
	movzbl %sil, %eax
