	.section .a, "a"
	.byte 1
	.pushsection .a, "aw"
	.byte 2
	.popsection
