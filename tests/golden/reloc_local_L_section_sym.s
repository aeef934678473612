	.section .rodata
	.byte 0, 0, 0
.Lstr:	.asciz "x"
	.text
	leaq .Lstr(%rip), %rdi
	.data
	.quad .Lstr
