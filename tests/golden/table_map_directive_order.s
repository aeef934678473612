# .table_map rules are tried in source order
	.table_map ".k.*", ".one."
	.table_map ".k.x*", ".two."
	.table_map ".m.*", ".three."
	.section .k.xyz, "ax", @progbits
	.pushsection_table __t
	.byte 1
	.popsection
	.section .m.text, "ax", @progbits
	.pushsection_table __t
	.byte 2
	.popsection
