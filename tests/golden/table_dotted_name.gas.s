# the prefix is prepended literally: .init. + .altinstr = .init..altinstr
	.section .init.text, "ax", @progbits
	.pushsection .init..altinstr, "a", @progbits
	.byte 1
	.popsection
