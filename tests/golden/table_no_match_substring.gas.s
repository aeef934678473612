# patterns are anchored: .foo.init.text and .myexit.text are not mapped
	.section .foo.init.text, "ax", @progbits
	.pushsection __t1, "a", @progbits
	.byte 1
	.popsection
	.section .myexit.text, "ax", @progbits
	.pushsection __t2, "a", @progbits
	.byte 2
	.popsection
