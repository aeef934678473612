	.section .mb, "d"
	.byte 1
