	.weak maybe
	.data
	.quad maybe
	.text
	call maybe
