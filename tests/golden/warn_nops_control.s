	.nops	4, -1
