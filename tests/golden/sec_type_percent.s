	.section .pct, "a", %progbits
	.byte 1
	.section .pctn, "aw", %nobits
	.skip 2
