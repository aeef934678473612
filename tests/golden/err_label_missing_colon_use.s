	.text
	1
