	.data
	.byte 1
	.section .init.data, "aw", @progbits
	.byte 2
	.pushsection .init.__q, "a", @progbits
	.byte 3
	.popsection
	.previous
	.byte 4
