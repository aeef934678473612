	.section .mbind, "ad", @progbits, 1
	.byte 1
	.section .mbind2, "awd", @progbits
	.byte 2
