	.text
	nop
	.section .a, "a"
	.byte 1
	.popsection
	.byte 2
