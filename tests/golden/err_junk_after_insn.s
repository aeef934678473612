	.text
	ret )
