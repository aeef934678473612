	.data
	.string "ab
c", "d"
	.byte 3
