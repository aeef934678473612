	.file "source.c"
	.text
	ret
