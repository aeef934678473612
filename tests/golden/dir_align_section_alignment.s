	.section .a1, "a"
	.byte 1
	.p2align 5
	.byte 2
	.section .a2, "aw"
	.balign 64
