	.text
	frob %eax
