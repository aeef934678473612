	.data
	.asciz "hello"
	.asciz "", "x"
