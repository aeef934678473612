	.section .rodata
	.long a - b
	.data
a:	.long 0
	.text
b:	nop
