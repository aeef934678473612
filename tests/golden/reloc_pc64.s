	.data
	.quad ext - .
