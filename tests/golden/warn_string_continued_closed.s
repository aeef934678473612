	.data
	.ascii "abc
	.byte 1"
	.byte 2
