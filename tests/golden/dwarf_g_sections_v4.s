	.text
	.globl f
	.type f,@function
f:	nop
	ret
	.size f,.-f
	.section .text.b,"ax",@progbits
	.type g,@function
g:	nop
	jmp g
	.size g,.-g
	.section .text.c,"ax",@progbits
h:	ret
