# a .table_map rule applies from where it appears onwards
	.section .init.text, "ax", @progbits
	.pushsection_table __t
	.byte 1
	.popsection
	.table_map ".init.text", ".late."
	.pushsection_table __t
	.byte 2
	.popsection
