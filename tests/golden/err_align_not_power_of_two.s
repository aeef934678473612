	.data
	.balign 3
