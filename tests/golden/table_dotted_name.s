# the prefix is prepended literally: .init. + .altinstr = .init..altinstr
	.section .init.text, "ax", @progbits
	.pushsection_table .altinstr
	.byte 1
	.popsection
