	.text
	incl %ax
