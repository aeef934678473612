	.data
	.byte 1
	.section .init.data, "aw", @progbits
	.byte 2
	.pushsection_table __q
	.byte 3
	.popsection
	.previous
	.byte 4
