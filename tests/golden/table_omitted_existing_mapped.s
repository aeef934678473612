# the flags come from the mapped section (.init.__te), not from __te
	.section __te, "ax", @progbits
	nop
	.section .init.__te, "aw", @progbits
	.long 1
	.section .init.text, "ax", @progbits
	.pushsection_table __te
	.long 2
	.popsection
