	.section .r, "aw"
	.byte 1
	.text
	nop
	.section .r
	.byte 2
