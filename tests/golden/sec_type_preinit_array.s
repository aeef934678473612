	.text
pre:	ret
	.section .my_preinit, "aw", @preinit_array
	.quad pre
