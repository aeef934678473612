# --compress-debug-sections=none and --nocompress-debug-sections (gcc -gz=none): debug sections as without them.
	.file	1 "a.c"
	.text
	.loc	1 3 0
	nop
	.section	.debug_str,"MS",@progbits,1
	.string	"producer"
