	.text
1:	inc %eax
	jnz 1b
1:	inc %ebx
	jnz 1b
	jmp 1f
1:	inc %ecx
	jnz 1b
1:	inc %edx
	jmp 1b
	jmp 2f
2:	nop
1:	jmp 2b
2:	jmp 1b
