	.section .g1, "aG", @progbits, plain_group
	.byte 1
