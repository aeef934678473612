	.section .mysec
	.byte 1, 2, 3
