	.text
dtor:	ret
	.section .my_fini, "aw", @fini_array
	.quad dtor
