	.table_map ".data.init", ".dinit."
	.section .data.init, "aw", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .text.init, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
