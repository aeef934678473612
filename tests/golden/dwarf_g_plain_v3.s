	.text
	.globl f
	.type f,@function
f:
	nop
	.byte 1
	nop; nop
	ret
	.size f,.-f
