	.text
.Lloop:
	dec %ecx
	jnz .Lloop
	jmp .Ldone
	nop
.Ldone:
	ret
	.data
	.quad .Ldone
