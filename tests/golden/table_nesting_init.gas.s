# nested tables map from the pushed section, which is itself .init.*
	.section .init.text, "ax", @progbits
	.byte 0x90
	.pushsection .init.__outer, "a", @progbits
	.byte 1
	.pushsection .init.__inner, "a", @progbits
	.byte 2
	.popsection
	.byte 3
	.popsection
	.byte 0xc3
