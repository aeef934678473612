	.section .text.hot, "ax", @progbits
	.pushsection_table __t
	.byte 1
	.popsection
	.section .s1.cold, "ax", @progbits
	.pushsection_table __t
	.byte 2
	.popsection
	.section .s12.cold, "ax", @progbits
	.pushsection_table __t
	.byte 3
	.popsection
