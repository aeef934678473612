	.table_map ".init.*", ".boot."
	.section .init.text, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .text.exit, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
