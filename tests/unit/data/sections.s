	.text
	ret
	.section .rodata.str1.1, "aMS", @progbits, 1
	.string "hi"
	.section .text.hot, "ax", @progbits
	.p2align 4
	nop
	.bss
	.zero 16
	.section .tbss, "awT", @nobits
	.zero 4
	.section .note.GNU-stack, "", @progbits
	.section .text.f, "axG", @progbits, f, comdat
	.globl f
f:	ret
	.data
	.p2align 3
	.quad f
