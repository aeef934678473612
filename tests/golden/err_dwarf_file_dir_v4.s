	.file 1 "d" "a.c"
