	.file 0 "/d" "a.c"
	.file 1 "a.c"
	.text
	.loc 1 1
	nop
	.section .text.unlikely,"ax",@progbits
	.loc 1 10
	ret
	.text
	.loc 1 2
	ret
	.section .text.startup,"ax",@progbits
	.loc 1 20
	nop
	.loc 1 21
	ret
