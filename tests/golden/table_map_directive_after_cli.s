# command-line rules are tried before .table_map rules
	.table_map ".foo.*", ".src."
	.section .foo.text, "ax", @progbits
	.pushsection_table __t
	.long 1
	.popsection
	.section .foo2.text, "ax", @progbits
	.pushsection_table __t
	.long 2
	.popsection
