	.data
	.short ext
	.value ext - 2
