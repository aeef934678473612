# inside .exit.x a nested .pushsection to a plain section stops the mapping
	.section .exit.text, "ax", @progbits
	.pushsection .exit.__x, "a", @progbits
	.byte 1
	.pushsection .plain, "a"
	.pushsection __y, "a", @progbits
	.byte 2
	.popsection
	.popsection
	.pushsection .exit.__z, "a", @progbits
	.byte 3
	.popsection
	.popsection
