	.nops	x
