	.text
	movq $ext, %rax
	movl ext, %eax
	movq ext(,%rcx,8), %rax
	addq $ext, %rbx
