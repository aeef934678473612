	.text
	.type nt, @notype
nt:	ret
