	.data
	.skip 8
	.org 4
