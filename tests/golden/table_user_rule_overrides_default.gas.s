	.section .init.text, "ax", @progbits
	.pushsection .early.__t, "a", @progbits
	.long 1
	.popsection
	.section .init.data, "aw", @progbits
	.pushsection .init.__t, "a", @progbits
	.long 2
	.popsection
