	.text
	.text
	nop
	.balign 16,0x90
	nop
	.p2align 4,0x90,9
	nop
	.balignw 16,0x9090
	.section .data
	.byte 1
	.balign 16,0x90
	.section .foo,"ax"
	.byte 1
	.balign 16,0x90
	.text
	nop
	.balign 16,0x190
	nop
	.balign 16,-112
	nop
	.balign 8,0x90
