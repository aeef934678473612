	.text
	jmp (%rax
