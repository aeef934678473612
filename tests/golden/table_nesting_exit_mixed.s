# inside .exit.x a nested .pushsection to a plain section stops the mapping
	.section .exit.text, "ax", @progbits
	.pushsection_table __x
	.byte 1
	.pushsection .plain, "a"
	.pushsection_table __y
	.byte 2
	.popsection
	.popsection
	.pushsection_table __z
	.byte 3
	.popsection
	.popsection
