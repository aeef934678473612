	.section .ldata, "awl", @progbits
	.quad 1
