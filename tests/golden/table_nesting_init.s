# nested tables map from the pushed section, which is itself .init.*
	.section .init.text, "ax", @progbits
	.byte 0x90
	.pushsection_table __outer
	.byte 1
	.pushsection_table __inner
	.byte 2
	.popsection
	.byte 3
	.popsection
	.byte 0xc3
