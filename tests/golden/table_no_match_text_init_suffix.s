# .text.init matches exactly only: .text.initcall and .text.init.x are not mapped
	.section .text.initcall, "ax", @progbits
	.pushsection_table __t1
	.byte 1
	.popsection
	.section .text.init.x, "ax", @progbits
	.pushsection_table __t2
	.byte 2
	.popsection
