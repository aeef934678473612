	.section .zz, "a"
	.byte 1
	.section .aa, "a"
	.byte 2
	.bss
	.skip 1
	.section .mm, "a"
	.byte 3
