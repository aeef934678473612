	.section .m, "aM"
	.long 1
