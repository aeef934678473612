	.nops	12, 12
