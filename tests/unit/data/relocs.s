	.text
f:	movl x(%rip), %eax
	movq $ext, %rax
	movl ext+8, %eax
	call ext@PLT
	movq ext@GOTPCREL(%rip), %rax
	leaq .Lloc(%rip), %rsi
	jmp f
	.data
x:	.long 1
.Lloc:	.quad ext - 4
	.long ext
	.word ext
	.byte ext
	.quad f
	.long x - .
	.quad .Lloc + 16
