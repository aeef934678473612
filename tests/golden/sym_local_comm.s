	.local lc
	.comm lc, 24, 8
	.data
	.quad lc
