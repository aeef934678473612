	.text
	negb %al
	negl %eax
	negq %r11
	negw (%rdi)
	notb %cl
	notl %ecx
	notq %rdx
	notq (%rax,%rbx,8)
