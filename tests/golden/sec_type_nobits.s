	.section .nb, "aw", @nobits
	.skip 32
