# a .table_map rule applies from where it appears onwards
	.section .init.text, "ax", @progbits
	.pushsection .init.__t, "a", @progbits
	.byte 1
	.popsection
	.pushsection .late.__t, "a", @progbits
	.byte 2
	.popsection
