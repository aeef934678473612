	.table_map ".foo.*", ".foo."
	.section .foo.text, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .init.text, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
