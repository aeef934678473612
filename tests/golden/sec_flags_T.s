	.section .mytls, "awT", @progbits
tv:	.long 7
	.section .mytbss, "awT", @nobits
	.skip 16
