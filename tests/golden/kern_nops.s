	.text
	.nops	7
	.nops	12
	.nops	20, 4
	.nops	3, 1
	.nops	2, 11
	.nops	100, 4
	.nops	200
	.nops	0
