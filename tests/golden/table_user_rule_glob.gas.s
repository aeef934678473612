	.section .text.hot, "ax", @progbits
	.pushsection .hot.__t, "a", @progbits
	.byte 1
	.popsection
	.section .s1.cold, "ax", @progbits
	.pushsection .cold.__t, "a", @progbits
	.byte 2
	.popsection
	.section .s12.cold, "ax", @progbits
	.pushsection __t, "a", @progbits
	.byte 3
	.popsection
