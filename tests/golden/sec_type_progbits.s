	.section .p, "a", @progbits
	.byte 1
