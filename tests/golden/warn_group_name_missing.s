	.section .g, "aG"
	.byte 1
