	.file -1 "a.c"
