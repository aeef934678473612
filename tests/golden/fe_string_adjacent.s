	.data
	.ascii "ab" "cd"
	.asciz "x", "y"
	.ascii ""
