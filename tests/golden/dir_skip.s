	.data
	.byte 1
	.skip 5
	.byte 2
	.skip 3, 0xab
	.byte 3
