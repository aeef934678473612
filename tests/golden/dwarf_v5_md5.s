	.file 0 "/src" "m.c" md5 0x0123456789abcdef0123456789abcdef
	.file 1 "m.c" md5 0x0123456789abcdef0123456789abcdef
	.file 2 "/usr/include" "stdio.h" md5 0xfedcba9876543210fedcba9876543211
	.loc 1 1
	nop
	.loc 2 700
	nop
	.loc 1 2
	ret
