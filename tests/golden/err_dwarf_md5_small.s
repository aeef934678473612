	.file 0 "d" "a.c" md5 0x1234
	.file 1 "d" "a.c" md5 foo
