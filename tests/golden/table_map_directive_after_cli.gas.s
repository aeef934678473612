# command-line rules are tried before .table_map rules
	.section .foo.text, "ax", @progbits
	.pushsection .cli.__t, "a", @progbits
	.long 1
	.popsection
	.section .foo2.text, "ax", @progbits
	.pushsection __t, "a", @progbits
	.long 2
	.popsection
