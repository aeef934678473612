	.file "first.c"
	.text
loc1:	ret
	.file "second.c"
loc2:	ret
