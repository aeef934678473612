	.text
	nop
	.section %S.extra, "ax"
	ret
	.section .data
	.section %S.more, "aw"
	.byte 1
