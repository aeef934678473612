	.data
	.short ext - .
