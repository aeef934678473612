# patterns are anchored: .foo.init.text and .myexit.text are not mapped
	.section .foo.init.text, "ax", @progbits
	.pushsection_table __t1
	.byte 1
	.popsection
	.section .myexit.text, "ax", @progbits
	.pushsection_table __t2
	.byte 2
	.popsection
