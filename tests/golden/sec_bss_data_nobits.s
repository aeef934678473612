	.bss
	.zero 8
	.skip 8, 0
	.section .bss.big, "aw", @nobits
	.skip 0x10000
