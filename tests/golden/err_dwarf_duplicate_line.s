	.file 1 "a.c"
	.loc 1 1
	nop
	.section .debug_line,"",@progbits
	.long 0
