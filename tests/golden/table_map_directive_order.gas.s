# .table_map rules are tried in source order
	.section .k.xyz, "ax", @progbits
	.pushsection .one.__t, "a", @progbits
	.byte 1
	.popsection
	.section .m.text, "ax", @progbits
	.pushsection .three.__t, "a", @progbits
	.byte 2
	.popsection
