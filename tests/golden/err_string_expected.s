	.data
	.ascii abc
