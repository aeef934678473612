# .text.init matches exactly only: .text.initcall and .text.init.x are not mapped
	.section .text.initcall, "ax", @progbits
	.pushsection __t1, "a", @progbits
	.byte 1
	.popsection
	.section .text.init.x, "ax", @progbits
	.pushsection __t2, "a", @progbits
	.byte 2
	.popsection
