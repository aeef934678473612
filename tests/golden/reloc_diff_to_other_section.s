	.data
	.long target - .
	.quad target - .
	.text
target:	ret
