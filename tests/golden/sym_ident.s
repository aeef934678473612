	.ident "GCC: (test) 1.0"
	.ident "second ident"
	.text
	ret
