	.file 1 "a.c"
	.section .text.a,"ax",@progbits
	.loc 1 1
	nop
	.skip 16
	.section .text.b,"ax",@progbits
	.loc 1 2
	nop
	.skip 200
	.section .text.c,"ax",@progbits
	.loc 1 3
	nop
	.section .text.d,"ax",@progbits
	.loc 1 4
	.skip 5000
	.section .text.e,"ax",@progbits
	.loc 1 5
	nop
	.skip 17
	.section .text.f,"ax",@progbits
	.loc 1 6
	nop
	.skip 15
