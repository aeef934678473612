	.data
	.ascii "abc
	.byte 1
